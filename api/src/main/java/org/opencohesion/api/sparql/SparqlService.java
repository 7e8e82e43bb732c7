package org.opencohesion.api.sparql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateFactory;
import org.opencohesion.api.Config;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.api.problem.ServerError;
import org.opencohesion.ingest.InputError;
import org.opencohesion.rdf.store.QueryRequest;
import org.opencohesion.rdf.store.QueryTimeoutException;
import org.opencohesion.rdf.store.Store;

/**
 * Answers SPARQL queries: parses and checks them ({@link #prepare}), then runs one in a bounded
 * slot against the store and writes its results ({@link #answer}). Knows nothing of HTTP beyond
 * the protocol's parameters.
 *
 * <pre>{@code
 * SparqlService sparql = new SparqlService(store, config.sparql(), registry);
 * Rendered csv = sparql.answer(sparql.prepare(text, List.of(), List.of(), null, "text/csv"));
 * }</pre>
 */
public final class SparqlService {
    /** Header on every SELECT, CONSTRUCT and DESCRIBE answer: the most solutions or triples one response carries. */
    public static final String ROW_LIMIT_HEADER = "X-Result-Row-Limit";
    /** Header on the same answers: {@code true} when results were left out because of the row limit. */
    public static final String TRUNCATED_HEADER = "X-Result-Truncated";

    private final Store store;
    private final Config.Sparql limits;
    private final String endpoint;
    private final QuerySlots slots;
    private final MeterRegistry registry;
    private final Map<String, Counter> refused = new LinkedHashMap<>();

    /**
     * A query ready to run.
     *
     * @param request  the query and its dataset
     * @param format   what to answer in
     * @param cacheKey what identifies the answer (with the store generation): normalised query, dataset, format
     */
    record Prepared(QueryRequest request, ResultFormat format, String cacheKey) {
        String form() {
            return request.query().queryType().name().toLowerCase(Locale.ROOT);
        }
    }

    public SparqlService(Store store, Config.Sparql limits, MeterRegistry registry) {
        this.store = store;
        this.limits = limits;
        this.endpoint = store.uris().base() + "/sparql";
        this.registry = registry;
        for (String reason : List.of("busy", "not-allowed", "update")) {
            refused.put(reason, Counter.builder("opencohesion.sparql.refused").tag("reason", reason).register(registry));
        }
        this.slots = new QuerySlots(limits.maxConcurrent(), limits.maxQueued(), refused.get("busy"));
        registry.gauge("opencohesion.sparql.running", slots, QuerySlots::running);
        registry.gauge("opencohesion.sparql.waiting", slots, QuerySlots::waiting);
    }

    /** The endpoint's public URL: the base URI of relative IRIs in queries, and {@code sd:endpoint}. */
    String endpoint() {
        return endpoint;
    }

    Config.Sparql limits() {
        return limits;
    }

    /**
     * Parses and checks a query and picks its format.
     *
     * @throws ClientError 400 for a malformed or refused query, 403 for an update, 406 for a format that cannot be served
     */
    Prepared prepare(String text, List<String> defaultGraphs, List<String> namedGraphs, String format, String accept) {
        if (text.isBlank()) {
            throw ClientError.badRequest("query", "the query is empty");
        }
        Query query = parse(text);
        try {
            QueryGuard.check(query);
        } catch (ClientError e) {
            refused.get("not-allowed").increment();
            throw e;
        }
        QueryRequest request = QueryRequest.of(query, defaultGraphs, namedGraphs, limits.timeout());
        ResultFormat.Shape shape = query.isSelectType() || query.isAskType() ? ResultFormat.Shape.TABLE : ResultFormat.Shape.GRAPH;
        ResultFormat chosen = ResultFormat.choose(shape, format, accept,
                "the results of " + (shape == ResultFormat.Shape.TABLE ? "a SELECT or ASK" : "a CONSTRUCT or DESCRIBE") + " query");
        return new Prepared(request, chosen, cacheKey(request, chosen));
    }

    /**
     * Runs a prepared query in a slot and writes its results.
     *
     * @throws ServerError 503 when the query runs out of time or no slot is free
     */
    Rendered answer(Prepared prepared) {
        ResultWriter.Written written = slots.run(limits.timeout(), () -> run(prepared));
        Map<String, String> headers = new LinkedHashMap<>();
        if (!prepared.request().query().isAskType()) {
            headers.put(ROW_LIMIT_HEADER, Integer.toString(limits.maxRows()));
            headers.put(TRUNCATED_HEADER, Boolean.toString(written.truncated()));
        }
        return new Rendered(prepared.format().contentType(), written.body(), headers);
    }

    /** Runs and writes one query, timing it (in its slot) by form and outcome. */
    private ResultWriter.Written run(Prepared prepared) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            ResultWriter.Written written = store.read(view -> view.query(capped(prepared.request()),
                    results -> ResultWriter.write(results, prepared.format(), limits.maxRows())));
            outcome = written.truncated() ? "truncated" : "ok";
            return written;
        } catch (QueryTimeoutException e) {
            outcome = "timeout";
            throw new ServerError(Problem.of(503, "sparql-timeout", "Query timed out",
                    "the query was stopped after " + describe(limits.timeout()) + ", the longest this endpoint lets one run; "
                            + "make it more selective (fewer optional parts, more specific patterns, a LIMIT) and try again"), null);
        } finally {
            sample.stop(Timer.builder("opencohesion.sparql.queries")
                    .description("SPARQL queries run (cache hits are not), by query form and outcome")
                    .tag("form", prepared.form()).tag("outcome", outcome).register(registry));
        }
    }

    /**
     * What identifies an answer: the query as Jena writes it back with every IRI in full (so
     * layout, comments, keyword case and PREFIX choices do not matter), the dataset and the format.
     * RDF answers are written with the query's prefixes, so for them the prefixes count too.
     */
    private static String cacheKey(QueryRequest request, ResultFormat format) {
        Query normal = QueryRequest.copyOf(request.query());
        normal.setPrefixMapping(PrefixMapping.Factory.create());
        String dataset = request.dataset() == null ? "store"
                : "default=" + request.dataset().getDefaultGraphURIs() + " named=" + request.dataset().getNamedGraphURIs();
        String prefixes = format.shape() == ResultFormat.Shape.GRAPH
                ? " prefixes=" + new TreeMap<>(request.query().getPrefixMapping().getNsPrefixMap()) : "";
        return "sparql " + format + " " + dataset + prefixes + " " + normal.serialize(Syntax.syntaxSPARQL_11);
    }

    /** Counts an update refused at the protocol level. */
    void refusedUpdate() {
        refused.get("update").increment();
    }

    /**
     * A SELECT without a LIMIT under the row cap gets one just over it, so the store stops early
     * (and ORDER BY keeps the top rows only) while the writer still sees that more exist.
     */
    private QueryRequest capped(QueryRequest request) {
        Query query = request.query();
        long cap = limits.maxRows() + 1L;
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return request;
        }
        Query limited = QueryRequest.copyOf(query);
        limited.setLimit(cap);
        return new QueryRequest(limited, request.dataset(), request.timeout());
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text, endpoint, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                refused.get("update").increment();
                throw new ClientError(Problem.of(403, "read-only", "This endpoint is read-only",
                        "this is a SPARQL update; updates are not accepted here"));
            }
            SyntaxError error = SyntaxError.of(e);
            throw new ClientError(new Problem(Problem.TYPE_BASE + "invalid-query", "Invalid SPARQL query", 400, error.describe(), null,
                    "query", List.of(new InputError("sparql-syntax", "query", error.line(), error.column(), null, error.message())), 1));
        } catch (QueryException e) {
            // parses, but breaks a rule of the grammar's semantics, e.g. SELECT (1 AS ?x) (2 AS ?x)
            String message = e.getMessage() == null ? "the query is not valid SPARQL 1.1" : e.getMessage().strip();
            throw new ClientError(new Problem(Problem.TYPE_BASE + "invalid-query", "Invalid SPARQL query", 400, message, null,
                    "query", List.of(new InputError("sparql-syntax", "query", null, null, null, message)), 1));
        }
    }

    private boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, endpoint, Syntax.syntaxSPARQL_11);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Where a query stops parsing and why. Jena's exception carries the position of the last good
     * token; its message names the offending one, which is what a person needs.
     */
    record SyntaxError(Integer line, Integer column, String message) {
        // JavaCC's "Encountered " KIND "IMAGE "" at line L, column C." and its end-of-input form
        private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" \\S+ \"(.*?) \"\" at line (\\d+), column (\\d+)", Pattern.DOTALL);
        private static final Pattern END = Pattern.compile("Encountered \"<EOF>\" at line (\\d+), column (\\d+)");
        private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");

        static SyntaxError of(QueryParseException e) {
            String text = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
            Matcher encountered = ENCOUNTERED.matcher(text);
            if (encountered.find()) {
                return new SyntaxError(Integer.valueOf(encountered.group(2)), Integer.valueOf(encountered.group(3)),
                        "unexpected '" + encountered.group(1).strip() + "'");
            }
            Matcher end = END.matcher(text);
            if (end.find()) {
                return new SyntaxError(Integer.valueOf(end.group(1)), Integer.valueOf(end.group(2)), "the query ends too early");
            }
            String first = text.lines().findFirst().orElse(text);
            Matcher at = AT.matcher(first);
            if (at.find()) {
                return new SyntaxError(Integer.valueOf(at.group(1)), Integer.valueOf(at.group(2)), first);
            }
            return new SyntaxError(e.getLine() > 0 ? e.getLine() : null, e.getColumn() > 0 ? e.getColumn() : null,
                    first.replaceFirst("^Line \\d+, column \\d+: ", ""));
        }

        String describe() {
            return line == null ? message : "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
        }
    }

    static String describe(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
