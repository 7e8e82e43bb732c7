package org.opencohesion.api.pages;

/**
 * A small HTML writer that escapes every piece of text and every attribute value it is given, so
 * data (names, descriptions: anything ingested) can never become markup. Markup is only what the
 * code writes as tag names and literal {@link #raw} fragments.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "note").text(area.getName()).close("p");
 * h.a(href, "Download CSV");
 * }</pre>
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** {@code <name attr="value" ...>}; attributes come in name, value pairs, a {@code null} value leaves the attribute out. */
    Html open(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(esc(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding only text. */
    Html el(String name, Object text, String... attributes) {
        open(name, attributes);
        text(text);
        out.append("</").append(name).append(">\n");
        return this;
    }

    Html text(Object text) {
        out.append(esc(text == null ? "" : String.valueOf(text)));
        return this;
    }

    /** A link; an {@code href} that is neither ours ({@code /}, {@code #}, {@code ?}) nor http(s) is dropped, and the text stays. */
    Html a(String href, Object text, String... attributes) {
        if (!safe(href)) {
            return text(text);
        }
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        open("a", all);
        text(text);
        out.append("</a>");
        return this;
    }

    /** Markup written by this code (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    static boolean safe(String href) {
        return href != null && (href.startsWith("/") && !href.startsWith("//") || href.startsWith("http://") || href.startsWith("https://")
                || href.startsWith("#") || href.startsWith("?"));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
