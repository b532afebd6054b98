package com.cloudbees.hudson.plugins.folder;

import hudson.model.AbstractItem;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.TopLevelItem;
import java.io.File;
import java.io.IOException;
import java.util.Collection;

/**
 * Stand-in for {@code com.cloudbees.hudson.plugins.folder.AbstractFolder} of the cloudbees-folder plugin: an item
 * that contains other items.
 *
 * <p>NOTE: the real class also implements {@code ModifiableViewGroup}, {@code StaplerFallback},
 * {@code ModelObjectWithChildren} and more; views, properties, health metrics and icons are left out.
 */
// The main stand-in's AbstractItem.getParent() returns a raw ItemGroup, so implementing Item again is unchecked.
@SuppressWarnings("unchecked")
public abstract class AbstractFolder<I extends TopLevelItem> extends AbstractItem
        implements TopLevelItem, ItemGroup<I> {
    @SuppressWarnings("rawtypes")
    protected AbstractFolder(ItemGroup parent, String name) {
        super(parent, name);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public Collection<I> getItems() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public I getItem(String name) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getUrlChildPrefix() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public File getRootDirFor(I child) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public void onDeleted(I item) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
