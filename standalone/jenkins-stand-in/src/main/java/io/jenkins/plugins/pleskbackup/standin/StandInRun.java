package io.jenkins.plugins.pleskbackup.standin;

import hudson.model.Run;
import java.io.IOException;

/** A build of a {@link StandInJob}. It stays in progress, so its result can be set at any time. */
final class StandInRun extends Run<StandInJob, StandInRun> {
    StandInRun(StandInJob job) throws IOException {
        super(job);
    }
}
