package io.jenkins.plugins.pleskbackup.standin;

import java.io.IOException;
import jenkins.model.Jenkins;

/** The single {@link Jenkins} of the stand-in. All its state lives in {@link StandInHooks}. */
final class StandInRoot extends Jenkins {
    private StandInRoot() throws IOException, InterruptedException {
        super(null, null);
    }

    static Jenkins create() {
        try {
            return new StandInRoot();
        } catch (IOException e) {
            throw new IllegalStateException("Failed to create the stand-in Jenkins", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the stand-in Jenkins", e);
        }
    }
}
