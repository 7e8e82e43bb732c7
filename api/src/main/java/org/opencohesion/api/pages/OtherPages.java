package org.opencohesion.api.pages;

import java.util.ArrayList;
import java.util.List;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.model.Asset;
import org.opencohesion.api.model.Dataset;
import org.opencohesion.api.model.DatasetKind;
import org.opencohesion.api.model.OrganisationRef;
import org.opencohesion.api.model.Partnership;
import org.opencohesion.api.model.Plan;

/** Partnerships, assets and datasets: what they are, what they link to, and their data. */
final class OtherPages {
    private OtherPages() {}

    static byte[] partnership(Pages.Site site, DocumentPath path, Partnership p, String linked) {
        Html h = new Html();
        h.raw("<dl class=\"facts\">\n");
        if (p.getArea() != null) {
            h.el("dt", "Area").open("dd").a(site.doc("area", p.getArea().getCode()), p.getArea().getName()).raw("</dd>\n");
        }
        if (p.getLead() != null) {
            h.el("dt", "Led by").el("dd", p.getLead().getName());
        }
        if (p.getEstablished() != null) {
            h.el("dt", "Established").el("dd", p.getEstablished());
        }
        if (p.getWebsite() != null) {
            h.el("dt", "Website").open("dd").a(p.getWebsite().toString(), p.getWebsite().toString()).raw("</dd>\n");
        }
        h.raw("</dl>\n");
        h.el("h2", "Members");
        if (p.getMembers().isEmpty()) {
            h.el("p", "No member organisations are listed.");
        } else {
            h.open("ul");
            for (OrganisationRef m : p.getMembers()) {
                h.el("li", m.getName());
            }
            h.close("ul");
        }
        h.el("h2", "Plans");
        List<Plan> plans = site.model().plans().values().stream()
                .filter(x -> x.getPartnership() != null && p.getId().equals(x.getPartnership().getId())).toList();
        if (plans.isEmpty()) {
            h.el("p", "No plans are published for this partnership.");
        } else {
            h.open("ul");
            plans.forEach(x -> h.open("li").a(site.doc("plan", x.getId()), x.getTitle()).raw("</li>\n"));
            h.close("ul");
        }
        h.el("h2", "Community assets");
        List<Asset> assets = site.model().assets().values().stream()
                .filter(a -> a.getPartnership() != null && p.getId().equals(a.getPartnership().getId())).toList();
        if (assets.isEmpty()) {
            h.el("p", "No community assets are linked to this partnership.");
        } else {
            h.open("ul");
            assets.forEach(a -> h.open("li").a(site.doc("asset", a.getId()), a.getName()).text(" (" + AreaPage.words(a.getType().getValue()) + ")").raw("</li>\n"));
            h.close("ul");
        }
        List<PageFrame.DataLink> data = new ArrayList<>();
        data.add(site.json(p.getName(), "/api/v1/partnerships/" + p.getId()));
        data.addAll(site.csv("Plans of " + p.getName(), "/api/v1/plans", "partnership=" + p.getId()));
        data.addAll(site.csv("Community assets of " + p.getName(), "/api/v1/assets", "partnership=" + p.getId()));
        return PageFrame.render(site.base(), path, p.getName(), "Partnership", h.toString(), data, linked);
    }

    static byte[] asset(Pages.Site site, DocumentPath path, Asset a, String linked) {
        Html h = new Html();
        if (a.getDescription() != null) {
            h.open("p", "class", "lead").text(a.getDescription()).raw("</p>\n");
        }
        h.raw("<dl class=\"facts\">\n").el("dt", "Type").el("dd", AreaPage.words(a.getType().getValue()));
        if (a.getArea() != null) {
            h.el("dt", "Area").open("dd").a(site.doc("area", a.getArea().getCode()), a.getArea().getName()).raw("</dd>\n");
        }
        if (a.getProvider() != null) {
            h.el("dt", "Run by").el("dd", a.getProvider().getName());
        }
        if (a.getPartnership() != null) {
            h.el("dt", "Partnership").open("dd").a(site.doc("partnership", a.getPartnership().getId()), a.getPartnership().getName()).raw("</dd>\n");
        }
        if (a.getLocation() != null) {
            h.el("dt", "Location").el("dd", "latitude " + a.getLocation().getLatitude() + ", longitude " + a.getLocation().getLongitude());
        }
        if (a.getWebsite() != null) {
            h.el("dt", "Website").open("dd").a(a.getWebsite().toString(), a.getWebsite().toString()).raw("</dd>\n");
        }
        if (a.getAdded() != null) {
            h.el("dt", "Added to the inventory").el("dd", a.getAdded());
        }
        h.raw("</dl>\n");
        List<PageFrame.DataLink> data = new ArrayList<>();
        data.add(site.json(a.getName(), "/api/v1/assets/" + a.getId()));
        if (a.getArea() != null) {
            h.el("h2", "Nearby");
            h.open("p").text("Other community assets in ").a(site.doc("area", a.getArea().getCode()), a.getArea().getName())
                    .text(" are listed on its page.").raw("</p>\n");
            data.addAll(site.csv("Community assets in " + a.getArea().getName(), "/api/v1/assets", "area=" + a.getArea().getCode()));
        } else {
            data.addAll(site.csv("All community assets", "/api/v1/assets", ""));
        }
        return PageFrame.render(site.base(), path, a.getName(), "Community asset", h.toString(), data, linked);
    }

    static byte[] dataset(Pages.Site site, DocumentPath path, Dataset d, String linked) {
        Html h = new Html();
        h.raw("<dl class=\"facts\">\n").el("dt", "Holds").el("dd", AreaPage.words(d.getKind().getValue()));
        h.el("dt", "First published").el("dd", d.getIssued());
        h.el("dt", "This version").el("dd", d.getModified());
        h.el("dt", "Records").el("dd", d.getRows() + " in the source file, " + d.getTriples() + " triples");
        h.el("dt", "Source file").el("dd", d.getSource().getFile());
        h.el("dt", "SHA-256 of the file").open("dd").open("code").text(d.getSource().getSha256()).raw("</code></dd>\n");
        h.el("dt", "Licence").open("dd").a(d.getLicence() != null ? d.getLicence().toString() : org.opencohesion.api.csvw.CsvwMetadata.DEFAULT_LICENCE,
                d.getLicence() != null ? d.getLicence().toString() : "Open Government Licence v3.0").raw("</dd>\n");
        h.raw("</dl>\n");
        List<PageFrame.DataLink> data = new ArrayList<>();
        data.add(site.json(d.getTitle(), "/api/v1/datasets/" + d.getId()));
        String list = switch (d.getKind()) {
            case AREAS -> "/api/v1/areas";
            case PARTNERSHIPS -> "/api/v1/partnerships";
            case PLANS -> "/api/v1/plans";
            case ASSETS -> "/api/v1/assets";
            case INDICATORS -> "/api/v1/indicators";
            default -> null;
        };
        if (d.getKind() == DatasetKind.OBSERVATIONS && site.model().indicators().containsKey(d.getId())) {
            h.open("p").text("The figures are on the page of the indicator ").a(site.doc("indicator", d.getId()),
                    site.model().indicators().get(d.getId()).getLabel()).text(", with charts.").raw("</p>\n");
            data.addAll(site.downloads(site.model().indicators().get(d.getId()).getLabel(), d.getId()));
        } else if (list != null) {
            data.addAll(site.csv(AreaPage.words(d.getKind().getValue()), list, ""));
        }
        return PageFrame.render(site.base(), path, d.getTitle(), "Dataset", h.toString(), data, linked);
    }
}
