package io.jenkins.plugins.pleskbackup.forms;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.wait.RequiredStatuses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;

/**
 * The {@code require} parameter: a list of task statuses in Pipeline ({@code require: ['finished']}), typed as a
 * comma-separated text in the configuration form.
 */
public final class RequiredStatusField {

    private RequiredStatusField() {
    }

    /** Trims the entries and drops empty ones; an empty list means no gate. */
    public static List<String> normalize(List<String> statuses) {
        if (statuses == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String status : statuses) {
            if (status != null && !status.isBlank()) {
                names.addAll(split(status));
            }
        }
        return names.isEmpty() ? null : List.copyOf(names);
    }

    /** Form data with the {@code require} text replaced by a JSON array of its entries. */
    public static JSONObject toList(JSONObject formData) {
        Object value = formData.opt("require");
        if (value instanceof String) {
            JSONObject copy = JSONObject.fromObject(formData);
            JSONArray array = new JSONArray();
            array.addAll(split((String) value));
            copy.put("require", array);
            return copy;
        }
        return formData;
    }

    public static FormValidation check(Item item, String value) {
        if (!FormChecks.canConfigure(item) || value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        try {
            RequiredStatuses.parse(split(value));
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** Splits {@code "finished, working"} and {@code "[finished]"}, the form in which a list is shown in a text box. */
    static List<String> split(String text) {
        String inner = text.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<String> names = new ArrayList<>();
        for (String part : Arrays.asList(inner.split("[,\\s]+"))) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }
}
