package hudson.model;

import java.io.IOException;

/** Stand-in for {@code hudson.model.FreeStyleBuild} of Jenkins core 2.528.3: a build of a freestyle job. */
public class FreeStyleBuild extends Build<FreeStyleProject, FreeStyleBuild> {
    public FreeStyleBuild(FreeStyleProject project) throws IOException {
        super(project);
    }
}
