package io.jenkins.plugins.pleskbackup.steps;

/**
 * The two ways to write a Pipeline. Tests that must hold for both take the form as a parameter and wrap the same
 * steps in it.
 */
enum PipelineForm {

    /** The steps as the whole script. */
    SCRIPTED {
        @Override
        String wrap(String steps) {
            return steps;
        }
    },

    /**
     * The steps in a {@code script} block of a declarative Pipeline with {@code agent none}, because the Plesk steps
     * need no node or workspace.
     */
    DECLARATIVE {
        @Override
        String wrap(String steps) {
            return "pipeline {\n"
                    + "  agent none\n"
                    + "  stages {\n"
                    + "    stage('Plesk') {\n"
                    + "      steps {\n"
                    + "        script {\n"
                    + steps.indent(10)
                    + "        }\n"
                    + "      }\n"
                    + "    }\n"
                    + "  }\n"
                    + "}\n";
        }
    };

    /** Returns a complete Pipeline script that runs the given scripted steps. */
    abstract String wrap(String steps);
}
