package org.opencohesion.api.datasets;

import java.util.Locale;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.ingest.InputKind;

/**
 * What an upload holds and the file name ingest gives it, from {@code X-Dataset-Kind} and the
 * media type. The name's extension tells ingest the RDF syntax, and errors refer to the name.
 */
record UploadKind(InputKind kind, String fileName) {

    static UploadKind of(String datasetId, String kindHeader, String contentType) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String extension = switch (media) {
            case "text/csv" -> "csv";
            case "application/json" -> "json";
            case "text/turtle" -> "ttl";
            case "application/n-triples" -> "nt";
            case "application/ld+json" -> "jsonld";
            case "application/rdf+xml" -> "rdf";
            default -> throw new ClientError(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the file as text/csv, application/json (a plan), text/turtle, application/n-triples, application/ld+json or application/rdf+xml"
                            + (media.isEmpty() ? "" : ", not " + media)));
        };
        InputKind kind;
        if (kindHeader != null) {
            kind = InputKind.fromSlug(kindHeader.trim()).orElseThrow(() -> ClientError.badRequest("X-Dataset-Kind",
                    "X-Dataset-Kind must be areas, partnerships, plans, assets, indicators, observations or rdf, not '" + kindHeader + "'"));
        } else {
            kind = switch (extension) {
                case "csv" -> throw ClientError.badRequest("X-Dataset-Kind",
                        "a CSV upload needs X-Dataset-Kind: areas, partnerships, assets, indicators or observations");
                case "json" -> InputKind.PLANS;
                default -> InputKind.RDF;
            };
        }
        boolean fits = switch (kind) {
            case PLANS -> extension.equals("json");
            case RDF -> !extension.equals("csv") && !extension.equals("json");
            default -> extension.equals("csv");
        };
        if (!fits) {
            throw new ClientError(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "a " + kind.slug() + " dataset cannot be " + media));
        }
        return new UploadKind(kind, datasetId + "." + extension);
    }
}
