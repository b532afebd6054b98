package hudson.model.queue;

import hudson.model.Queue;
import io.jenkins.plugins.pleskbackup.standin.StandInHooks;
import org.springframework.security.core.Authentication;

/** Stand-in for {@code hudson.model.queue.Tasks} of Jenkins core 2.528.3. */
public class Tasks {
    /**
     * Returns the identity a task runs as. The stand-in always returns {@code ACL.SYSTEM2}, which is also what real
     * Jenkins returns when no queue item authenticator is configured.
     */
    public static Authentication getAuthenticationOf2(Queue.Task t) {
        return StandInHooks.taskAuthentication(t);
    }
}
