package org.opencohesion.rdf.store;

/** The store could not do what was asked: it is unavailable, or refused to open. A server-side error. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
