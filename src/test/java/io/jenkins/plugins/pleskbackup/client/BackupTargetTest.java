package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackupTargetTest {

    static Stream<Arguments> idFactories() {
        return Stream.of(
                Arguments.of("reseller id", (Function<String, BackupTarget>) BackupTarget::resellerId),
                Arguments.of("customer id", (Function<String, BackupTarget>) BackupTarget::customerId),
                Arguments.of("webspace id", (Function<String, BackupTarget>) BackupTarget::webspaceId));
    }

    static Stream<Arguments> textFactories() {
        return Stream.of(
                Arguments.of("reseller login", (Function<String, BackupTarget>) BackupTarget::resellerLogin),
                Arguments.of("customer login", (Function<String, BackupTarget>) BackupTarget::customerLogin),
                Arguments.of("webspace name", (Function<String, BackupTarget>) BackupTarget::webspaceName));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idFactories")
    void idTrimmedWithoutLeadingZeros(String valueName, Function<String, BackupTarget> factory) {
        assertThat(factory.apply(" 007 ").value()).isEqualTo("7");
        assertThat(factory.apply("12").value()).isEqualTo("12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idFactories")
    void invalidIdRejected(String valueName, Function<String, BackupTarget> factory) {
        for (String bad : new String[] {"0", "-7", "abc", "7.5", "", "1234567890123456789"}) {
            assertThatThrownBy(() -> factory.apply(bad))
                    .as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The " + valueName + " '" + bad + "' is not valid: Plesk ids are positive whole numbers"
                            + " such as 7.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idFactories")
    void nullIdRejected(String valueName, Function<String, BackupTarget> factory) {
        assertThatThrownBy(() -> factory.apply(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The " + valueName + " '' is not valid: Plesk ids are positive whole numbers such as 7.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFactories")
    void emptyTextRejected(String valueName, Function<String, BackupTarget> factory) {
        for (String bad : new String[] {null, "", "  \t "}) {
            assertThatThrownBy(() -> factory.apply(bad))
                    .as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The " + valueName + " is empty; give a value or choose another filter.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFactories")
    void textTrimmed(String valueName, Function<String, BackupTarget> factory) {
        assertThat(factory.apply("  jdoe.example ").value()).isEqualTo("jdoe.example");
    }

    @Test
    void webspaceNameUpTo255Characters() {
        String longest = "a".repeat(251) + ".com";

        assertThat(BackupTarget.webspaceName(longest).value()).hasSize(255);
        assertThatThrownBy(() -> BackupTarget.webspaceName("a" + longest))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The webspace name is longer than 255 characters; give the subscription's domain name,"
                        + " for example example.com.");
    }

    @Test
    void kindsAndElements() {
        assertThat(BackupTarget.server().kind()).isEqualTo(BackupTarget.Kind.SERVER);
        assertThat(BackupTarget.server().value()).isNull();
        assertThat(BackupTarget.resellerLogin("r").kind().element()).isEqualTo("reseller-login");
        assertThat(BackupTarget.customerId("1").kind().element()).isEqualTo("customer-id");
        assertThat(BackupTarget.webspaceName("example.com").kind().element()).isEqualTo("webspace-name");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"server", "customer-id 7", "customer-login 'jdoe'", "reseller-id 3",
        "reseller-login 'acme'", "webspace-id 12", "webspace-name 'example.com'"})
    void describeForMessages(String expected) {
        BackupTarget target = switch (expected.split(" ")[0]) {
            case "server" -> BackupTarget.server();
            case "customer-id" -> BackupTarget.customerId("7");
            case "customer-login" -> BackupTarget.customerLogin("jdoe");
            case "reseller-id" -> BackupTarget.resellerId("3");
            case "reseller-login" -> BackupTarget.resellerLogin("acme");
            case "webspace-id" -> BackupTarget.webspaceId("12");
            default -> BackupTarget.webspaceName("example.com");
        };

        assertThat(target.describe()).isEqualTo(expected);
        assertThat(target).hasToString(expected);
    }

    @Test
    void equalTargetsAreEqual() {
        assertThat(BackupTarget.customerId("07")).isEqualTo(BackupTarget.customerId("7"))
                .hasSameHashCodeAs(BackupTarget.customerId("7"));
        assertThat(BackupTarget.customerId("7")).isNotEqualTo(BackupTarget.webspaceId("7"));
        assertThat(BackupTarget.server()).isEqualTo(BackupTarget.server());
    }
}
