package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.Test;

class ExtensionIndexTest {
    /** Found only through the SezPoz index that the annotation processor wrote for this test source. */
    @Extension(ordinal = 42)
    public static final class IndexedExtension {
    }

    @Test
    void indexFileIsGenerated() throws Exception {
        List<URL> indexes = Collections.list(
                getClass().getClassLoader().getResources("META-INF/annotations/hudson.Extension"));

        assertThat(indexes).isNotEmpty();
    }

    @Test
    void indexListsAnnotatedClass() {
        List<String> names = new ArrayList<>();
        double ordinal = Double.NaN;
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, getClass().getClassLoader())) {
            names.add(item.className());
            if (item.className().equals(IndexedExtension.class.getName())) {
                ordinal = item.annotation().ordinal();
            }
        }

        assertThat(names).contains(IndexedExtension.class.getName());
        assertThat(ordinal).isEqualTo(42.0);
    }
}
