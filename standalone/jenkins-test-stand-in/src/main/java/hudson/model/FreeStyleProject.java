package hudson.model;

/** Stand-in for {@code hudson.model.FreeStyleProject} of Jenkins core 2.528.3: a freestyle job. */
// The main stand-in's AbstractItem.getParent() returns a raw ItemGroup, so implementing Item again is unchecked.
@SuppressWarnings("unchecked")
public class FreeStyleProject extends Project<FreeStyleProject, FreeStyleBuild> implements TopLevelItem {
    @SuppressWarnings("rawtypes")
    public FreeStyleProject(ItemGroup parent, String name) {
        super(parent, name);
    }
}
