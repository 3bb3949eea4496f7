package org.stepwise.printing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered PDF and the name it is saved under. */
public record Pdf(byte[] bytes, String fileName) {

    /** The PDF as a download: {@code Content-Disposition: attachment}, never cached by the browser or a proxy. */
    public ResponseEntity<byte[]> asDownload() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
