package org.opencohesion.api.pages;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.linkeddata.RdfFormat;

/** The pages as HTML over HTTP: structure, links to every format, escaping, sorting, charts. */
class PagesTest {
    @TempDir
    static Path temp;
    private static PagesFixture site;

    @BeforeAll
    static void start() {
        site = new PagesFixture(temp);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String page(String path) {
        return site.request().accept("text/html").get(path).then().statusCode(200).contentType("text/html; charset=utf-8")
                .extract().asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/area/W06000006", "/doc/area/" + PagesFixture.SCRIPT_WARD, "/doc/partnership/walsall-for-all",
            "/doc/plan/walsall-for-all", "/doc/asset/" + PagesFixture.SCRIPT_ASSET, "/doc/indicator/hate-crime-reports",
            "/doc/dataset/hate-crime-reports", "/doc/dataset/areas"})
    void everyPageIsOneAccessibleDocumentLinkingToItsDataInEveryFormat(String path) {
        String html = page(path);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertEquals(1, count(html, "<h1>"), "one h1");
        assertTrue(html.contains("<main id=\"content\""), "a main landmark the skip link goes to");
        assertTrue(html.contains("href=\"#content\""));
        for (RdfFormat f : RdfFormat.rdf()) {
            assertTrue(html.contains("href=\"" + site.base + path + "." + f.suffix() + "\""), () -> path + " links to its " + f);
        }
        assertTrue(html.contains("type=\"application/json\""), "links to its REST JSON");
        assertTrue(html.contains("type=\"text/csv\""), "links to a CSV");
        assertTrue(html.contains("type=\"application/csvm+json\""), "and its CSVW metadata");
        assertFalse(html.contains("<script"), "no script anywhere, data included");
        for (Matcher m = Pattern.compile("<svg[^>]*>").matcher(html); m.find(); ) {
            String svg = m.group();
            assertTrue(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\""), svg);
        }
        // the .html suffix gives the same page
        assertEquals(html, site.request().get(path + ".html").then().statusCode(200).extract().asString());
    }

    @Test
    void dataIsEscapedEverywhere() {
        String ward = page("/doc/area/" + PagesFixture.SCRIPT_WARD);
        assertTrue(ward.contains("<h1>&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Scriptwood</h1>"));
        assertTrue(ward.contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;Script Hall"), "the asset in it, escaped");
        assertFalse(ward.contains("<img"));
        String asset = page("/doc/asset/" + PagesFixture.SCRIPT_ASSET);
        assertTrue(asset.contains("A hall called &lt;b&gt;bold&lt;/b&gt;"));
        assertFalse(asset.contains("<b>"));
        assertFalse(page("/doc/indicator/hate-crime-reports").contains("<script>"));
    }

    @Test
    void anAreaPageChartsItsIndicatorsWithGapsForSuppressedFiguresAndListsAssetsAndChildren() {
        String ward = page("/doc/area/" + PagesFixture.SCRIPT_WARD);
        assertEquals(2, count(ward, "class=\"chart\""), "the one indicator with figures for the ward, and its assets by type");
        assertEquals(2, count(ward, "class=\"gap\""), "2022 is suppressed, 2023 was never published");
        assertTrue(ward.contains("2022: suppressed (fewer than 5); 2023: not published."));
        String wrexham = page("/doc/area/W06000006");
        assertEquals(3 + 1, count(wrexham, "class=\"chart\""), "three indicators and the assets by type");
        assertTrue(wrexham.contains("<h2 id=\"children\">Areas inside Wrexham</h2>"));
        assertTrue(wrexham.contains("href=\"" + site.base + "/doc/area/W05001713\""), "links to child areas");
        assertTrue(wrexham.contains("href=\"" + site.base + "/doc/asset/caia-park-community-hub\""), "and assets");
        assertTrue(wrexham.contains("Community association (1)"));
        // Acton and Maesydre: 2021 is suppressed (2 reports)
        String acton = page("/doc/area/W05001714");
        assertEquals(1, count(acton, "class=\"gap\""));
        assertEquals(2, count(acton, "class=\"point\""));
        assertTrue(acton.contains("Gaps in the line have no published figure: 2021: suppressed (fewer than 5)."));
    }

    @Test
    void aPlanPageShowsPrioritiesActionsOutcomesAndAChartPerMeasuringIndicator() {
        String plan = page("/doc/plan/walsall-for-all");
        int priority = plan.indexOf("Priority 4: Living together</h2>");
        int actions = plan.indexOf("<h3>Actions</h3>", priority);
        int outcomes = plan.indexOf("<h3>Outcomes</h3>", actions);
        int chart = plan.indexOf("id=\"chart-living-together-better-reporting-hate-crime-reports\"", outcomes);
        assertTrue(priority > 0 && actions > priority && outcomes > actions && chart > outcomes, "priorities, then actions, then outcomes with charts");
        assertTrue(plan.contains("Provide new residents with a Welcome Pack"));
        assertTrue(plan.contains("No indicator measures this outcome yet."));
        assertTrue(plan.contains("Hate crime reports in Walsall, 2021 to 2023"), "charted for the plan's area");
        assertTrue(plan.contains("href=\"" + site.base + "/download/indicator/hate-crime-reports.csv\""));
    }

    @Test
    void anIndicatorTableSortsThroughLinks() {
        String byName = page("/doc/indicator/hate-crime-reports");
        assertTrue(byName.contains("aria-sort=\"ascending\""));
        assertTrue(byName.contains("href=\"?sort=-2023#by-area\""), "a period heading sorts highest first");
        int table = byName.indexOf("<tbody>");
        assertTrue(byName.indexOf(">Acrefair North<", table) < byName.indexOf(">Wrexham<", table));
        String highest = page("/doc/indicator/hate-crime-reports?sort=-2023");
        assertTrue(highest.contains("aria-sort=\"descending\""));
        int wrexham = highest.indexOf(">Wrexham<", highest.indexOf("<tbody>"));
        int walsall = highest.indexOf(">Walsall<", highest.indexOf("<tbody>"));
        int colchester = highest.indexOf(">Colchester<", highest.indexOf("<tbody>"));
        assertTrue(wrexham < colchester && colchester < walsall, "2023: Wrexham 355, Colchester 143, Walsall 99");
        // a sort that names nothing is the default order, and is not a page of its own
        assertEquals(byName, page("/doc/indicator/hate-crime-reports?sort=%3Cscript%3E"));
        site.request().accept("text/turtle").get("/doc/indicator/hate-crime-reports?sort=-2023").then().statusCode(200)
                .contentType(containsString("text/turtle"));
    }

    @Test
    void documentsWithoutARichPageKeepTheDescriptionPage() {
        String priority = page("/doc/plan/walsall-for-all/priority/living-together");
        assertFalse(priority.contains("class=\"chart\""));
        assertTrue(priority.contains("<h1>Living together</h1>"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
