package org.opencohesion.api.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opencohesion.api.indicators.IndicatorGrid;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.Asset;
import org.opencohesion.api.model.Indicator;

/** An area: what it is and where, its indicators as charts, its assets by type, and the areas inside it. */
final class AreaPage {
    private AreaPage() {}

    static byte[] render(Pages.Site site, DocumentPath path, Area area, String linked) {
        String code = area.getCode();
        Html h = new Html();
        h.open("p", "class", "lead").text(words(area.getLevel().getValue()));
        if (area.getParent() != null) {
            h.text(" in ").a(site.doc("area", area.getParent().getCode()), area.getParent().getName());
        }
        h.raw("</p>\n<dl class=\"facts\">\n").el("dt", "Code").el("dd", code);
        if (area.getNameCy() != null) {
            h.el("dt", "Welsh name").open("dd").open("span", "lang", "cy").text(area.getNameCy()).raw("</span></dd>\n");
        }
        if (area.getSameAs() != null) {
            h.el("dt", "ONS statistical geography").open("dd").a(area.getSameAs().toString(), area.getSameAs().toString()).raw("</dd>\n");
        }
        h.raw("</dl>\n");

        h.raw("<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">Figures</h2>\n");
        int charts = 0;
        for (Indicator i : site.model().indicators().values()) {
            IndicatorGrid grid = site.cubes().grid(site.model(), i.getId());
            if (grid.row(code) >= 0 && !grid.periods().isEmpty()) {
                h.raw(Figures.area("chart-" + i.getId(), site.doc("indicator", i.getId()), i, grid, code, area.getName()));
                charts++;
            }
        }
        if (charts == 0) {
            h.el("p", "No indicator has figures for " + area.getName() + ".");
        }
        h.raw("</section>\n");

        assets(site, h, area);
        children(site, h, area);
        List<PageFrame.DataLink> data = new ArrayList<>();
        data.add(site.json(area.getName(), "/api/v1/areas/" + code));
        if (!site.model().childrenOf(code).isEmpty()) {
            data.addAll(site.csv("Areas inside " + area.getName(), "/api/v1/areas", "parent=" + code));
        }
        data.addAll(site.csv("Community assets in " + area.getName(), "/api/v1/assets", "area=" + code));
        return PageFrame.render(site.base(), path, area.getName(), "Area", h.toString(), data, linked);
    }

    private static void assets(Pages.Site site, Html h, Area area) {
        Set<String> within = site.model().selfAndDescendants(area.getCode());
        Map<String, List<Asset>> byType = new TreeMap<>();
        for (Asset a : site.model().assets().values()) {
            if (a.getArea() != null && within.contains(a.getArea().getCode())) {
                byType.computeIfAbsent(words(a.getType().getValue()), t -> new ArrayList<>()).add(a);
            }
        }
        h.raw("<section aria-labelledby=\"assets\">\n<h2 id=\"assets\">Community assets</h2>\n");
        if (byType.isEmpty()) {
            h.el("p", "No community assets are recorded in " + area.getName() + ".");
        } else {
            h.raw("<figure>\n").el("figcaption", "Community assets in " + area.getName() + " by type");
            h.raw(SvgChart.bars("chart-assets", "Community assets in " + area.getName() + " and the areas inside it, by type",
                    List.copyOf(byType.keySet()), byType.values().stream().map(List::size).toList()));
            h.raw("</figure>\n");
            for (Map.Entry<String, List<Asset>> e : byType.entrySet()) {
                h.el("h3", e.getKey() + " (" + e.getValue().size() + ")");
                h.open("ul");
                e.getValue().stream().sorted((x, y) -> x.getName().compareToIgnoreCase(y.getName())).forEach(a -> {
                    h.open("li").a(site.doc("asset", a.getId()), a.getName());
                    if (a.getArea() != null && !a.getArea().getCode().equals(area.getCode())) {
                        h.text(" (" + a.getArea().getName() + ")");
                    }
                    h.raw("</li>\n");
                });
                h.close("ul");
            }
        }
        h.raw("</section>\n");
    }

    private static void children(Pages.Site site, Html h, Area area) {
        List<String> children = site.model().childrenOf(area.getCode()).stream().sorted().toList();
        if (children.isEmpty()) {
            return;
        }
        h.raw("<section aria-labelledby=\"children\">\n<h2 id=\"children\">Areas inside ").text(area.getName()).raw("</h2>\n");
        h.raw("<table>\n").el("caption", children.size() + " areas inside " + area.getName());
        h.raw("<thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Code</th><th scope=\"col\">Level</th></tr></thead>\n<tbody>\n");
        for (String c : children) {
            site.model().area(c).ifPresent(child -> {
                h.raw("<tr><th scope=\"row\">").a(site.doc("area", c), child.getName()).raw("</th>");
                h.el("td", c).el("td", words(child.getLevel().getValue())).raw("</tr>\n");
            });
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    /** {@code local-authority} as {@code Local authority}. */
    static String words(String slug) {
        String s = slug.replace('-', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
