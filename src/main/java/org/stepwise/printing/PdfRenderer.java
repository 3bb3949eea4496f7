package org.stepwise.printing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a template under {@code templates/} to PDF. The template is processed in XML mode so that what reaches
 * openhtmltopdf is well-formed XHTML whatever the data holds (a client's "&lt;" or "&amp;" is escaped, never parsed).
 */
@Component
class PdfRenderer {

    static {
        // openhtmltopdf logs every layout step at INFO through java.util.logging; only its warnings are worth reading.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.US, model);
        String xhtml = templates.process(new TemplateSpec(template, Set.of(), TemplateMode.XML, null), context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out " + template + " as PDF", e);
        }
    }
}
