package org.opencohesion.api.dumps;

import java.util.Optional;
import org.opencohesion.rdf.Uris;

/**
 * One dump: the whole store ({@code /dumps/all.nq.gz}) or one dataset
 * ({@code /dumps/datasets/{id}.ttl}), in one {@link DumpFormat}. Dataset dumps live in their own
 * folder so that no dataset id can take the whole store's name.
 *
 * @param datasetId the dataset, or {@code null} for the whole store
 */
public record Dump(String datasetId, DumpFormat format) {
    /** The file name of the whole store's dumps. */
    public static final String ALL = "all";

    public static Dump all(DumpFormat format) {
        return new Dump(null, format);
    }

    public static Dump dataset(String id, DumpFormat format) {
        return new Dump(id, format);
    }

    public boolean isAll() {
        return datasetId == null;
    }

    /** The dump a request path names ({@code /dumps/all.ttl}, {@code /dumps/datasets/x.nq.gz}), if any. */
    static Optional<Dump> ofPath(String path) {
        if (path.startsWith("/dumps/datasets/")) {
            String file = path.substring("/dumps/datasets/".length());
            return DumpFormat.ofFileName(file).flatMap(f -> {
                String id = file.substring(0, file.length() - f.suffix().length() - 1);
                return Uris.isSlug(id) ? Optional.of(dataset(id, f)) : Optional.empty();
            });
        }
        if (path.startsWith("/dumps/")) {
            String file = path.substring("/dumps/".length());
            return DumpFormat.ofFileName(file)
                    .filter(f -> file.equals(ALL + "." + f.suffix()))
                    .map(Dump::all);
        }
        return Optional.empty();
    }

    /** The path the dump is served at. */
    public String path() {
        return (isAll() ? "/dumps/" + ALL : "/dumps/datasets/" + datasetId) + "." + format.suffix();
    }

    /** The dump's URL under the service's base URI. */
    public String url(Uris uris) {
        return uris.base() + path();
    }
}
