package org.stepwise.careplan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a form in a page as the browser would post them (inputs, ticked checkboxes, textareas, selected
 * options), read with patterns that fit the markup Thymeleaf writes: enough for tests that submit a page's form back.
 */
final class HtmlForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    private HtmlForm() {}

    /** The fields of the first form whose opening tag contains {@code marker}. */
    static Map<String, String> fields(String html, String marker) {
        int start = html.indexOf(marker);
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attrs = input.group(1);
            String name = attr(attrs, "name");
            if (name == null || "checkbox".equals(attr(attrs, "type")) && !attrs.contains("checked")) {
                continue;
            }
            String value = attr(attrs, "value");
            values.put(name, value == null ? "" : value);
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            values.put(attr(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = "";
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                if (option.group(1).contains("selected")) {
                    chosen = attr(option.group(1), "value");
                }
            }
            values.put(attr(select.group(1), "name"), chosen);
        }
        return values;
    }

    /** The text of the element whose opening tag contains {@code marker}, tags removed, up to the next marker's end. */
    static String textOf(String html, String marker, String until) {
        int start = html.indexOf(marker);
        if (start < 0) {
            return "";
        }
        int end = html.indexOf(until, start);
        return unescape(html.substring(start, end < 0 ? html.length() : end).replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " "));
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
