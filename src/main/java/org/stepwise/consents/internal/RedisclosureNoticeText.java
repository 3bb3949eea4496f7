package org.stepwise.consents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The 42 CFR 2.32 notice, read once from {@code consents/redisclosure-notice*.txt} exactly as stored. */
@Component
public class RedisclosureNoticeText {

    private final String full;
    private final String abbreviated;

    RedisclosureNoticeText() {
        this.full = read("consents/redisclosure-notice.txt");
        this.abbreviated = read("consents/redisclosure-notice-short.txt");
    }

    /** Statement 1 of 2.32(a)(1), paragraphs separated by line breaks. */
    public String full() {
        return full;
    }

    /** Statement 2 of 2.32(a)(2). */
    public String abbreviated() {
        return abbreviated;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The redisclosure notice " + path + " is missing from the application", e);
        }
    }
}
