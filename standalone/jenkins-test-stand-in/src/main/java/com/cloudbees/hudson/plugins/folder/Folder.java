package com.cloudbees.hudson.plugins.folder;

import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import java.io.IOException;

/**
 * Stand-in for {@code com.cloudbees.hudson.plugins.folder.Folder} of the cloudbees-folder plugin: a folder in which
 * users create jobs.
 *
 * <p>NOTE: the real class also implements {@code DirectlyModifiableTopLevelItemGroup}; copying, creation from XML
 * and the descriptor are left out.
 */
// The main stand-in's AbstractItem.getParent() returns a raw ItemGroup, so implementing Item again is unchecked.
@SuppressWarnings("unchecked")
public class Folder extends AbstractFolder<TopLevelItem> {
    @SuppressWarnings("rawtypes")
    public Folder(ItemGroup parent, String name) {
        super(parent, name);
    }

    /** Creates an item of the given type in this folder. */
    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
