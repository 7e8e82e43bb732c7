package org.opencohesion.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A syntax error is reported where the offending token is, in words a person can act on. */
class SyntaxErrorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT * { ?s ?p  }                       | 1 | 19 | unexpected '}'",
            "SELECT * WHERE {\\n  ?s ?p ?o .\\n  FILTER ( }  | 3 | 12 | unexpected '}'",
            "ASK {                                     | 1 | 5  | the query ends too early",
            "SELECT * { ?s foo:bar ?o }                | 1 | 15 | Unresolved prefixed name: foo:bar",
    })
    void positionAndReason(String text, int line, int column, String message) {
        String query = text.strip().replace("\\n", "\n");
        QueryParseException e = assertThrows(QueryParseException.class, () -> QueryFactory.create(query, Syntax.syntaxSPARQL_11));
        SparqlService.SyntaxError error = SparqlService.SyntaxError.of(e);
        assertEquals(message, error.message(), e.getMessage());
        assertEquals(line, error.line(), e.getMessage());
        assertEquals(column, error.column(), e.getMessage());
    }
}
