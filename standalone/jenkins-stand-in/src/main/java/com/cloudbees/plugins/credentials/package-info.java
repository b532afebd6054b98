/**
 * Stand-ins for the types of {@code org.jenkins-ci.plugins:credentials} that the plugin uses.
 *
 * <p>NOTE: the target is the release that {@code io.jenkins.tools.bom:bom-2.528.x:5804.v80587a_38d937} pins. That
 * version could not be read from the searchable copy of the BOM repository, so the members were checked against the
 * stored jakarta-era sources (Spring {@code Authentication} overloads, {@code StaplerRequest2}). The overloads that
 * only the newest releases add, such as {@code findCredentialById(String, Class, Run)}, are left out on purpose.
 */
package com.cloudbees.plugins.credentials;
