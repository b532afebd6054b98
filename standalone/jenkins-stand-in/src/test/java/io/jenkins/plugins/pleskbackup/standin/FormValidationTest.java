package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormValidationTest {
    @Test
    void kindsAndMessages() {
        assertThat(FormValidation.ok().kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FormValidation.warning("careful").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(FormValidation.error("broken %d", 3).kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FormValidation.error("broken %d", 3).getMessage()).isEqualTo("broken 3");
    }

    @Test
    void nullMessageMeansOk() {
        assertThat(FormValidation.error((String) null)).isSameAs(FormValidation.ok());
    }

    @Test
    void messageIsEscapedHtml() {
        FormValidation validation = FormValidation.error("<b>\"x\" & 'y'</b>\nnext  line");

        String expected = "&lt;b&gt;&quot;x&quot; &amp; &#039;y&#039;&lt;/b&gt;<br>next&nbsp; line";
        assertThat(validation.getMessage()).isEqualTo(expected);
        assertThat(validation.renderHtml()).isEqualTo(expected);
    }

    @Test
    void aggregateTakesWorstKind() {
        FormValidation warning = FormValidation.warning("slow");
        FormValidation combined = FormValidation.aggregate(List.of(FormValidation.ok("fine"), warning));

        assertThat(combined.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(combined.renderHtml()).contains("fine").contains("slow");
        assertThat(FormValidation.aggregate(List.of(warning))).isSameAs(warning);
        assertThat(FormValidation.aggregate(List.of())).isSameAs(FormValidation.ok());
    }

    @Test
    void validatorsReportProblems() {
        assertThat(FormValidation.validateRequired("  ").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FormValidation.validateRequired("x").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FormValidation.validatePositiveInteger("0").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FormValidation.validatePositiveInteger("abc").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FormValidation.validatePositiveInteger("5").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FormValidation.validateNonNegativeInteger("0").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FormValidation.validateNonNegativeInteger("-1").kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @Test
    void listBoxModelAddVariants() {
        ListBoxModel model = new ListBoxModel();
        model.add("Shown", "sent");
        ListBoxModel returned = model.add("both");

        assertThat(returned).isSameAs(model);
        assertThat(model).extracting(o -> o.name).containsExactly("Shown", "both");
        assertThat(model).extracting(o -> o.value).containsExactly("sent", "both");
    }

    @Test
    void secretWrapsPlainTextAndHidesIt() {
        Secret secret = Secret.fromString("hunter2");

        assertThat(secret.getPlainText()).isEqualTo("hunter2");
        assertThat(Secret.toString(secret)).isEqualTo("hunter2");
        assertThat(Secret.toString(null)).isEmpty();
        assertThat(Secret.fromString(null).getPlainText()).isEmpty();
        assertThat(String.valueOf(secret)).doesNotContain("hunter2");
        assertThat(secret).isEqualTo(Secret.fromString("hunter2"));
    }
}
