/**
 * Stand-ins for the types of {@code org.jenkins-ci.plugins.workflow:workflow-step-api} that the plugin uses.
 *
 * <p>NOTE: the target is the release that {@code io.jenkins.tools.bom:bom-2.528.x:5804.v80587a_38d937} pins. That
 * version could not be read from the searchable copy of the BOM repository. The members were checked against
 * several stored releases instead, the newest with jakarta and SpotBugs annotations, and every member used here
 * exists in all of them.
 */
package org.jenkinsci.plugins.workflow.steps;
