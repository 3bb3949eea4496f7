package org.stepwise.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.shared.InvalidRequestException;

/** Each kind of consent holds every element the law asks of it; a missing one is named with its field. */
class ConsentRulesTests {

    @Test
    void aCompleteConsentOfEachKindIsSignedWithItsHash() {
        for (NewConsent submission : List.of(Fixtures.part2(), Fixtures.hipaa(), Fixtures.treatment())) {
            ConsentTerms terms = ConsentRules.terms(submission, Fixtures.SIGNING);
            Consent consent = Consent.sign(terms);
            assertThat(consent.contentHash()).matches("[0-9a-f]{64}").isEqualTo(terms.sha256());
            assertThat(consent.intact()).isTrue();
            assertThat(terms.patientName()).isEqualTo("Robin Placement");
            assertThat(terms.signature().signedAt()).isEqualTo(Fixtures.SIGNING.signedAt());
        }
    }

    static Stream<Arguments> missingElements() {
        return Stream.of(
                missing("PART2", "discloser", c -> with(c, "discloser", null)),
                missing("PART2", "categories", c -> with(c, "categories", List.of())),
                missing("PART2", "recipients", c -> with(with(c, "recipientNames", List.of()), "recipientClasses", List.of())),
                missing("PART2", "purposes", c -> with(c, "purposes", List.of())),
                missing("PART2", "revocationStatement", c -> with(c, "revocationStatement", " ")),
                missing("PART2", "expiry", c -> with(c, "expiresOn", null)),
                missing("PART2", "signerName", c -> with(c, "signerName", "")),
                missing("PART2", "agreed", c -> with(c, "agreed", false)),
                missing("PART2", "signer", c -> with(c, "signer", null)),
                missing("HIPAA_AUTHORIZATION", "discloser", c -> with(c, "discloser", null)),
                missing("HIPAA_AUTHORIZATION", "categories", c -> with(c, "categories", null)),
                missing("HIPAA_AUTHORIZATION", "recipients", c -> with(c, "recipientNames", List.of(" "))),
                missing("HIPAA_AUTHORIZATION", "purposes", c -> with(c, "purposes", null)),
                missing("HIPAA_AUTHORIZATION", "revocationStatement", c -> with(c, "revocationStatement", null)),
                missing("HIPAA_AUTHORIZATION", "expiry", c -> with(c, "expiryEvent", null)),
                missing("HIPAA_AUTHORIZATION", "agreed", c -> with(c, "agreed", null)),
                missing("TREATMENT", "scope", c -> with(c, "scope", null)),
                missing("TREATMENT", "representativeAuthority", c -> with(c, "representativeAuthority", null)),
                missing("TREATMENT", "signerName", c -> with(c, "signerName", null)),
                missing("TREATMENT", "agreed", c -> with(c, "agreed", false)),
                missing("TREATMENT", "kind", c -> with(c, "kind", "CONSENT")));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("missingElements")
    void aMissingElementIsNamed(String kind, String field, NewConsent submission) {
        assertThatThrownBy(() -> ConsentRules.terms(submission, Fixtures.SIGNING))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors()).containsKey(field));
    }

    @Test
    void theClientSignsWithTheirOwnNameAndARepresentativeStatesTheirAuthority() {
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.part2(), "signerName", "Someone Else"), Fixtures.SIGNING))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors().get("signerName"))
                        .contains("Robin Placement"));
        assertThat(ConsentRules.terms(with(Fixtures.part2(), "signerName", "ROB  placement"), Fixtures.SIGNING)
                .signature().signerName()).isEqualTo("ROB  placement");
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.part2(), "representativeAuthority", "Guardian"),
                Fixtures.SIGNING)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("representativeAuthority"));
    }

    @Test
    void refusesHtmlUnknownValuesAndAPastExpiry() {
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.part2(), "discloser", "<script>alert(1)</script>"),
                Fixtures.SIGNING)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors().get("discloser")).contains("plain text"));
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.part2(), "categories", List.of("DIAGNOSIS", "GENOME")),
                Fixtures.SIGNING)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors().get("categories")).contains("GENOME"));
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.part2(), "expiresOn", "2026-03-01"), Fixtures.SIGNING))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("expiresOn"));
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.part2(), "expiresOn", "1/3/2027"), Fixtures.SIGNING))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors().get("expiresOn")).contains("yyyy-mm-dd"));
        assertThatThrownBy(() -> ConsentRules.terms(with(Fixtures.treatment(), "purposes", List.of("PAYMENT")),
                Fixtures.SIGNING)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("purposes"));
    }

    @Test
    void anyChangeToTheSignedContentChangesTheHash() {
        ConsentTerms terms = ConsentRules.terms(Fixtures.part2(), Fixtures.SIGNING);
        ConsentTerms fewer = ConsentRules.terms(with(with(Fixtures.part2(), "categories", List.of("DIAGNOSIS", "ATTENDANCE")),
                "id", terms.id().toString()), Fixtures.SIGNING);
        assertThat(fewer.sha256()).isNotEqualTo(terms.sha256());
        Consent tampered = Consent.restore(fewer, terms.sha256(), null, null);
        assertThat(tampered.intact()).isFalse();
    }

    static Arguments missing(String kind, String field, UnaryOperator<NewConsent> change) {
        NewConsent base = switch (kind) {
            case "PART2" -> Fixtures.part2();
            case "HIPAA_AUTHORIZATION" -> Fixtures.hipaa();
            default -> Fixtures.treatment();
        };
        return Arguments.of(kind, field, change.apply(base));
    }

    /** The submission with one component replaced, by name. */
    static NewConsent with(NewConsent c, String component, Object value) {
        var components = NewConsent.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(c);
            }
            Class<?>[] types = java.util.Arrays.stream(components).map(java.lang.reflect.RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            return NewConsent.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
