package org.opencohesion.rdf.store;

/** The store did not answer (down, unreachable, or too busy): try again later. Nothing was changed. */
public class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
