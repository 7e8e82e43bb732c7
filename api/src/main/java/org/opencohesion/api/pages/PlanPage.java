package org.opencohesion.api.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencohesion.api.indicators.IndicatorGrid;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.model.Action;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.OrganisationRef;
import org.opencohesion.api.model.Outcome;
import org.opencohesion.api.model.PlanDetail;
import org.opencohesion.api.model.Priority;
import org.opencohesion.api.model.Ref;

/**
 * A plan: its priorities in the plan's order, each with its actions and its outcomes, and for each
 * outcome a chart of every indicator that measures it, in the plan's area.
 */
final class PlanPage {
    private PlanPage() {}

    static byte[] render(Pages.Site site, DocumentPath path, PlanDetail plan, String linked) {
        Html h = new Html();
        h.raw("<dl class=\"facts\">\n");
        if (plan.getPartnership() != null) {
            h.el("dt", "Partnership").open("dd").a(site.doc("partnership", plan.getPartnership().getId()), plan.getPartnership().getName()).raw("</dd>\n");
        }
        if (plan.getArea() != null) {
            h.el("dt", "Area").open("dd").a(site.doc("area", plan.getArea().getCode()), plan.getArea().getName()).raw("</dd>\n");
        }
        if (plan.getPeriod() != null) {
            h.el("dt", "Runs").el("dd", (plan.getPeriod().getStart() == null ? "" : "from " + plan.getPeriod().getStart() + " ")
                    + (plan.getPeriod().getEnd() == null ? "" : "to " + plan.getPeriod().getEnd()));
        }
        if (plan.getPublished() != null) {
            h.el("dt", "Published").el("dd", plan.getPublished());
        }
        if (!plan.getThemes().isEmpty()) {
            h.el("dt", "Themes").el("dd", String.join(", ", plan.getThemes().stream().map(t -> AreaPage.words(t.getValue())).toList()));
        }
        if (plan.getSource() != null) {
            h.el("dt", "The plan itself").open("dd").a(plan.getSource().toString(), plan.getSource().toString()).raw("</dd>\n");
        }
        h.raw("</dl>\n");
        if (!plan.getPriorities().isEmpty()) {
            h.raw("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Priorities</h2>\n<ol>\n");
            for (Priority p : plan.getPriorities()) {
                h.open("li").a("#priority-" + p.getId(), title(p)).raw("</li>\n");
            }
            h.raw("</ol></nav>\n");
        }
        Set<String> indicators = new LinkedHashSet<>();
        for (Priority p : plan.getPriorities()) {
            h.open("section", "id", "priority-" + p.getId(), "class", "priority");
            h.el("h2", title(p));
            if (p.getAmbition() != null) {
                h.open("p", "class", "lead").text(p.getAmbition()).raw("</p>\n");
            }
            h.el("h3", "Actions");
            if (p.getActions().isEmpty()) {
                h.el("p", "No actions are listed.");
            } else {
                h.open("ol", "class", "actions");
                for (Action a : p.getActions()) {
                    h.open("li").text(a.getText());
                    List<String> who = new ArrayList<>();
                    if (a.getLead() != null) {
                        who.add("led by " + a.getLead().getName());
                    }
                    if (!a.getPartners().isEmpty()) {
                        who.add("with " + String.join(", ", a.getPartners().stream().map(OrganisationRef::getName).toList()));
                    }
                    if (!who.isEmpty()) {
                        h.raw(" ").open("span", "class", "status").text("(" + String.join("; ", who) + ")").raw("</span>");
                    }
                    h.raw("</li>\n");
                }
                h.close("ol");
            }
            h.el("h3", "Outcomes");
            if (p.getOutcomes().isEmpty()) {
                h.el("p", "No outcomes are listed.");
            }
            for (Outcome o : p.getOutcomes()) {
                h.open("div", "class", "outcome", "id", "outcome-" + p.getId() + "-" + o.getId());
                h.el("h4", o.getText());
                if (o.getHorizon() != null) {
                    h.el("p", AreaPage.words(o.getHorizon().getValue()) + " outcome", "class", "status");
                }
                if (o.getIndicators().isEmpty()) {
                    h.el("p", "No indicator measures this outcome yet.", "class", "note");
                }
                for (Ref ref : o.getIndicators()) {
                    indicators.add(ref.getId());
                    h.raw(chart(site, plan, p, o, ref));
                }
                h.close("div");
            }
            h.close("section");
        }
        List<PageFrame.DataLink> data = new ArrayList<>();
        data.add(site.json(plan.getTitle(), "/api/v1/plans/" + plan.getId()));
        if (plan.getPartnership() != null) {
            data.addAll(site.csv("Plans of " + plan.getPartnership().getName(), "/api/v1/plans", "partnership=" + plan.getPartnership().getId()));
        }
        for (String id : indicators) {
            Indicator i = site.model().indicators().get(id);
            if (i != null) {
                data.addAll(site.downloads(i.getLabel(), id));
            }
        }
        return PageFrame.render(site.base(), path, plan.getTitle(), "Plan", h.toString(), data, linked);
    }

    private static String chart(Pages.Site site, PlanDetail plan, Priority p, Outcome o, Ref ref) {
        Indicator indicator = site.model().indicators().get(ref.getId());
        Html h = new Html();
        if (indicator == null) {
            return h.el("p", ref.getName() + ": no figures are published.", "class", "note").toString();
        }
        IndicatorGrid grid = site.cubes().grid(site.model(), indicator.getId());
        if (plan.getArea() == null || grid.row(plan.getArea().getCode()) < 0 || grid.periods().isEmpty()) {
            h.open("p", "class", "note").a(site.doc("indicator", indicator.getId()), indicator.getLabel())
                    .text(": no figures for " + (plan.getArea() == null ? "the plan's area" : plan.getArea().getName()) + ".").raw("</p>\n");
            return h.toString();
        }
        return Figures.area("chart-" + p.getId() + "-" + o.getId() + "-" + indicator.getId(), site.doc("indicator", indicator.getId()),
                indicator, grid, plan.getArea().getCode(), plan.getArea().getName());
    }

    private static String title(Priority p) {
        return (p.getNumber() == null ? "" : "Priority " + p.getNumber() + ": ") + p.getTitle();
    }
}
