package org.opencohesion.ingest.read;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.RdfSyntax;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Qb;

/**
 * Turtle, N-Triples, JSON-LD and RDF/XML files, taken as they are (the shapes still apply).
 *
 * <p>Nothing a file says can make the parser reach out: RDF/XML with external or nested entities
 * is refused before parsing ({@link XmlEntityGuard}), and JSON-LD remote {@code @context}s are
 * refused rather than fetched, since either would let an upload read local files or probe the network.
 */
public final class RdfReader implements DatasetReader {
    private final Uris uris;

    public RdfReader(Uris uris) {
        this.uris = uris;
    }

    @Override
    public ParsedDataset read(InputFile file, IngestContext context, InputErrors errors) {
        Lang lang = RdfSyntax.forFileName(file.name()).orElse(Lang.TURTLE);
        if (file.content().length == 0) {
            errors.add(ErrorCode.EMPTY_FILE, file.name(), null, null, null, "the file is empty");
            return null;
        }
        if (lang == Lang.RDFXML) {
            String unsafe = XmlEntityGuard.problem(file.content());
            if (unsafe != null) {
                errors.add(ErrorCode.RDF_SYNTAX, file.name(), null, null, null, "refused RDF/XML: " + unsafe);
                return null;
            }
        }
        Model model = ModelFactory.createDefaultModel();
        CollectingErrorHandler handler = new CollectingErrorHandler(file.name(), errors);
        try {
            RDFParser.source(new ByteArrayInputStream(file.content()))
                    .lang(lang)
                    .base(uris.base() + "/")
                    .errorHandler(handler)
                    .context(noRemoteDocuments())
                    .parse(model.getGraph());
        } catch (RiotException e) {
            if (!handler.reported) {
                errors.add(ErrorCode.RDF_SYNTAX, file.name(), null, null, null, "malformed " + lang.getLabel() + ": " + e.getMessage());
            }
            return null;
        }
        if (handler.reported) {
            return null;
        }
        refuseDisclosiveCounts(file, model, context, errors);
        return new ParsedDataset(file, model, model.size(), Map.of(), file.name());
    }

    /**
     * Observations that arrive as RDF skip the CSV path and so disclosure control: refuse any
     * count a known indicator would suppress, rather than publish it. The message names the
     * observation, never its value.
     */
    private void refuseDisclosiveCounts(InputFile file, Model model, IngestContext context, InputErrors errors) {
        String indicatorPrefix = uris.indicator("").getURI();
        model.listStatements(null, uris.coh().value, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            Statement dataSet = st.getSubject().getProperty(Qb.dataSet);
            if (dataSet == null || !dataSet.getObject().isURIResource() || !st.getObject().isLiteral()
                    || !dataSet.getResource().getURI().startsWith(indicatorPrefix)) {
                return;
            }
            var indicator = context.indicator(dataSet.getResource().getURI().substring(indicatorPrefix.length()));
            if (indicator.isEmpty() || !indicator.get().isCount() || indicator.get().threshold() == 0) {
                return;
            }
            try {
                BigDecimal v = new BigDecimal(st.getLiteral().getLexicalForm());
                if (v.signum() > 0 && v.compareTo(BigDecimal.valueOf(indicator.get().threshold())) < 0) {
                    errors.add(ErrorCode.DISCLOSURE, file.name(), null, null, st.getSubject().getURI(),
                            "this observation's count is below the indicator's disclosure threshold; publish it through "
                                    + "observations/" + indicator.get().id() + ".csv, which suppresses it");
                }
            } catch (NumberFormatException e) {
                // not a number: the shapes report it
            }
        });
    }

    private static Context noRemoteDocuments() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, opts) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD documents are not fetched; put the @context inline");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    /** Turns parser errors into input errors; warnings are not errors. */
    private static final class CollectingErrorHandler implements ErrorHandler {
        private final String file;
        private final InputErrors errors;
        boolean reported;

        CollectingErrorHandler(String file, InputErrors errors) {
            this.file = file;
            this.errors = errors;
        }

        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            report(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            report(message, line, col);
            throw new RiotException(message);
        }

        private void report(String message, long line, long col) {
            reported = true;
            errors.add(ErrorCode.RDF_SYNTAX, file, line > 0 ? (int) line : null, col > 0 ? (int) col : null, null, message);
        }
    }
}
