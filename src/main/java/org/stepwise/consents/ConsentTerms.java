package org.stepwise.consents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * Everything a consent's signer agreed to: the content its SHA-256 covers. Never changed once signed; a change is a new
 * consent. For a Part 2 consent these are the elements of 42 CFR 2.31: the patient's name, who may disclose, how much
 * and what kind of information, the recipients by name or class, the purposes, the right to revoke and how, the expiry
 * date or event, and the signature with its date.
 *
 * @param patientName the client's legal name as the registry held it at signing
 * @param scope for consent to treatment: what treatment the client consents to
 * @param discloser who may disclose: the program, by name
 * @param informationDetail how much information, in the signer's words (for example "the last 12 months")
 */
public record ConsentTerms(
        ConsentId id,
        ClientId client,
        ConsentKind kind,
        String patientName,
        @Nullable String scope,
        @Nullable String discloser,
        List<InformationCategory> categories,
        @Nullable String informationDetail,
        List<String> recipientNames,
        List<RecipientClass> recipientClasses,
        List<DisclosurePurpose> purposes,
        @Nullable String purposeDescription,
        @Nullable String revocationStatement,
        @Nullable LocalDate expiresOn,
        @Nullable String expiryEvent,
        Signature signature) {

    public ConsentTerms {
        categories = categories.stream().distinct().sorted().toList();
        recipientNames = List.copyOf(recipientNames);
        recipientClasses = recipientClasses.stream().distinct().sorted().toList();
        purposes = purposes.stream().distinct().sorted().toList();
    }

    /**
     * The signed content as one unambiguous text: every element in a fixed order, each value prefixed by its length so
     * that no two different consents read the same.
     */
    public String canonicalText() {
        StringBuilder out = new StringBuilder("stepwise-consent-v1\n");
        field(out, "id", id.toString());
        field(out, "client", client.toString());
        field(out, "kind", kind.name());
        field(out, "patientName", patientName);
        field(out, "scope", scope);
        field(out, "discloser", discloser);
        field(out, "categories", String.join(",", categories.stream().map(Enum::name).toList()));
        field(out, "informationDetail", informationDetail);
        field(out, "recipientNames", String.join("\u001f", recipientNames));
        field(out, "recipientClasses", String.join(",", recipientClasses.stream().map(Enum::name).toList()));
        field(out, "purposes", String.join(",", purposes.stream().map(Enum::name).toList()));
        field(out, "purposeDescription", purposeDescription);
        field(out, "revocationStatement", revocationStatement);
        field(out, "expiresOn", expiresOn == null ? null : expiresOn.toString());
        field(out, "expiryEvent", expiryEvent);
        field(out, "signer", signature.signer().name());
        field(out, "signerName", signature.signerName());
        field(out, "representativeAuthority", signature.representativeAuthority());
        field(out, "signedAt", signature.signedAt().toString());
        field(out, "signedOn", signature.signedOn().toString());
        field(out, "witnessedBy", signature.witnessedBy().toString());
        return out.toString();
    }

    /** The SHA-256 of {@link #canonicalText()}, as 64 lower-case hex digits. */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void field(StringBuilder out, String name, @Nullable String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }
}
