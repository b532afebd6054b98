package io.jenkins.plugins.pleskbackup.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Response bodies and response changes for the faults that {@link Fault} describes. */
final class FaultResponses {

    private FaultResponses() {
    }

    /** Returns an HTML error page such as a reverse proxy sends for 502 or 503. */
    static byte[] htmlErrorPage(int status) {
        String title = status + " " + reasonPhrase(status);
        return ("<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><h1>" + title
                + "</h1><p>The server is temporarily unable to handle the request.</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Returns an HTML page that looks like a panel login page, which some proxies send instead of the API response. */
    static byte[] htmlLoginPage() {
        return ("<!DOCTYPE html>\n<html><head><title>Log in</title></head>\n<body><form method=\"post\" action=\"/login_up.php\">"
                + "<input name=\"login_name\"><input name=\"passwd\" type=\"password\"></form></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String reasonPhrase(int status) {
        switch (status) {
            case 500:
                return "Internal Server Error";
            case 502:
                return "Bad Gateway";
            case 503:
                return "Service Unavailable";
            case 504:
                return "Gateway Timeout";
            default:
                return "Error";
        }
    }

    /** Returns the first half of the body, which cuts the XML inside the packet element. */
    static byte[] truncate(byte[] body) {
        return Arrays.copyOf(body, body.length / 2);
    }

    /** Removes the {@code result} elements of the matching operations. A null name matches all operations. */
    static void removeResults(XmlNode packetContent, String operationName) {
        for (XmlNode operator : packetContent.children()) {
            for (XmlNode operation : operator.children()) {
                if (operationName == null || operation.name().equals(operationName)) {
                    operation.children().removeIf(child -> child.name().equals("result"));
                }
            }
        }
    }

    /** Sets every {@code task/status} in the matching operations' results to the given value. */
    static void replaceTaskStatus(XmlNode packetContent, String operationName, String status) {
        for (XmlNode operator : packetContent.children()) {
            for (XmlNode operation : operator.children()) {
                if (operationName != null && !operation.name().equals(operationName)) {
                    continue;
                }
                for (XmlNode result : operation.children()) {
                    for (XmlNode task : result.children()) {
                        if (!task.name().equals("task")) {
                            continue;
                        }
                        for (XmlNode field : task.children()) {
                            if (field.name().equals("status")) {
                                field.setText(status);
                            }
                        }
                    }
                }
            }
        }
    }
}
