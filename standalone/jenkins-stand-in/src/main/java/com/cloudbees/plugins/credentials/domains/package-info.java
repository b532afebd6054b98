/** Stand-ins for the credentials domain types of {@code org.jenkins-ci.plugins:credentials} that the plugin uses. */
package com.cloudbees.plugins.credentials.domains;
