package org.opencohesion.api.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opencohesion.api.csvw.CsvwMetadata;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.linkeddata.RdfFormat;

/**
 * The frame every page shares: the document head, a skip link, the site header and navigation,
 * one {@code <h1>}, the page's content in {@code <main>}, the page's data in every format, and
 * everything its linked-data description says (folded away). Styles are inline: no request leaves
 * for anything.
 */
final class PageFrame {
    /** A download or data link: what it is, where, and its media type. */
    record DataLink(String label, String href, String mediaType) {}

    private static final String CSS = """
            :root{--ink:#0b0c0c;--muted:#505a5f;--line:#b1b4b6;--link:#1d70b8;--focus:#ffdd00}
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0;line-height:1.5}
            .wrap{max-width:66rem;margin:0 auto;padding:0 1rem}
            header.site{background:#0b0c0c;color:#fff;padding:.6rem 0}
            header.site a{color:#fff;margin-right:1.2rem}header.site nav{display:inline}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--focus);color:var(--ink);padding:.4rem;z-index:9}
            a{color:var(--link)}a:visited{color:#4c2c92}
            a:focus,summary:focus,button:focus{outline:3px solid var(--focus);outline-offset:0;background:var(--focus);color:var(--ink);box-shadow:0 4px var(--ink)}
            h1{font-size:2rem;margin:1.2rem 0 .4rem}h2{margin-top:2rem;border-bottom:2px solid var(--line)}
            .lead{font-size:1.15rem;color:var(--muted);margin-top:0}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .status{color:var(--muted);font-size:.85em}
            figure{margin:1rem 0 1.5rem}figcaption{font-weight:600}
            svg.chart{max-width:44rem;display:block}svg .tick,svg .legend{font-size:12px;fill:#0b0c0c}svg .grid{stroke:#e5e5e5}svg .axis{stroke:#505a5f}
            .note{color:var(--muted);font-size:.95rem}
            .formats li{margin:.15rem 0}
            details{margin:2rem 0}summary{cursor:pointer;font-weight:600}
            details table th{width:30%}.type{color:var(--muted);font-size:.85em}code{word-break:break-all}
            footer{border-top:1px solid var(--line);margin-top:3rem;padding:1rem 0;color:var(--muted);font-size:.9rem}
            """;

    private PageFrame() {}

    /**
     * @param base    the service's base URI
     * @param content the page's own content (after the {@code <h1>})
     * @param data    this thing's data in other formats and downloads
     * @param linked  everything the linked-data description says, as HTML sections
     */
    static byte[] render(String base, DocumentPath path, String title, String kind, String content, List<DataLink> data, String linked) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .open("title").text(title + " · " + kind + " · OpenCohesion").raw("</title>\n");
        for (RdfFormat f : RdfFormat.rdf()) {
            h.open("link", "rel", "alternate", "type", f.mediaType(), "href", path.variant(f)).raw("\n");
        }
        h.raw("<style>").raw(CSS).raw("</style>\n</head>\n<body>\n");
        h.raw("<a class=\"skip\" href=\"#content\">Skip to content</a>\n");
        h.raw("<header class=\"site\"><div class=\"wrap\">");
        h.raw("<strong>OpenCohesion</strong> ");
        h.open("nav", "aria-label", "Site").a(base + "/docs", "API documentation").raw(" ").a("#data", "This page's data").raw("</nav>");
        h.raw("</div></header>\n");
        h.open("main", "id", "content", "class", "wrap", "tabindex", "-1");
        h.open("p", "class", "note").text(kind).raw("</p>\n");
        h.raw("<h1>").text(title).raw("</h1>\n");
        h.raw(content);
        h.raw("<section aria-labelledby=\"data\">\n<h2 id=\"data\">Data</h2>\n<ul class=\"formats\">\n");
        for (RdfFormat f : RdfFormat.rdf()) {
            h.open("li").a(path.variant(f), "This description as " + f.label(), "type", f.mediaType()).raw("</li>\n");
        }
        for (DataLink d : data) {
            h.open("li").a(d.href(), d.label(), "type", d.mediaType()).raw("</li>\n");
        }
        h.raw("</ul>\n<p class=\"note\">CSV files open in any spreadsheet. Each has a CSV on the Web metadata file (CSVW) that says what every column holds, the licence and the source.</p>\n</section>\n");
        h.raw("<details>\n<summary>Everything the linked data says about this</summary>\n").raw(linked).raw("</details>\n");
        h.raw("</main>\n<footer><div class=\"wrap\">Published under the ").a(CsvwMetadata.DEFAULT_LICENCE, "Open Government Licence v3.0").raw(" unless a dataset says otherwise. URI: ").open("code").text(path.iri()).raw("</code></div></footer>\n");
        h.raw("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }
}
