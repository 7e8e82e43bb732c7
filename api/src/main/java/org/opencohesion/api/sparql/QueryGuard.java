package org.opencohesion.api.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.path.P_Link;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * Refuses, before anything runs, what a public read-only endpoint must not do: call another
 * SPARQL service ({@code SERVICE}, wherever it appears: nested, in a subquery, in an
 * {@code EXISTS} of a filter, a BIND, a projection, an ORDER BY, a HAVING or an aggregate) or use
 * Jena's {@code java:} extension IRIs, which load classes by name.
 *
 * <p>The query's algebra is walked op by op, and every op's expressions are searched here
 * (Jena's walker skips some of them, e.g. sort conditions). The store also runs queries with
 * SERVICE switched off, so this is the first of two locks: it turns what would be a silent empty
 * result ({@code SERVICE SILENT}) into a clear 400.
 */
final class QueryGuard {
    private static final String JAVA_SCHEME = "java:";

    private QueryGuard() {}

    /** @throws ClientError 400 naming what is not allowed */
    static void check(Query query) {
        walk(Algebra.compile(query));
    }

    private static void walk(Op op) {
        Walker.walk(op, new Finder());
    }

    private static final class Finder extends OpVisitorBase {
        @Override
        public void visit(OpService service) {
            throw new ClientError(Problem.of(400, "service-not-allowed", "SERVICE is not allowed",
                    "this endpoint answers from its own data only and never calls another SPARQL service; "
                            + "run the federated query from your own client or triple store, with this endpoint as one of its SERVICEs"));
        }

        @Override
        public void visit(OpFilter filter) {
            exprs(filter.getExprs());
        }

        @Override
        public void visit(OpLeftJoin join) {
            exprs(join.getExprs());
        }

        @Override
        public void visit(OpExtend extend) {
            exprs(extend.getVarExprList());
        }

        @Override
        public void visit(OpAssign assign) {
            exprs(assign.getVarExprList());
        }

        @Override
        public void visit(OpOrder order) {
            order.getConditions().stream().map(SortCondition::getExpression).forEach(QueryGuard::expr);
        }

        @Override
        public void visit(OpTopN top) {
            top.getConditions().stream().map(SortCondition::getExpression).forEach(QueryGuard::expr);
        }

        @Override
        public void visit(OpGroup group) {
            exprs(group.getGroupVars());
            group.getAggregators().forEach(QueryGuard::expr);
        }

        @Override
        public void visit(OpBGP bgp) {
            bgp.getPattern().forEach(t -> node(t.getPredicate()));
        }

        @Override
        public void visit(OpTriple triple) {
            node(triple.getTriple().getPredicate());
        }

        @Override
        public void visit(OpPath path) {
            if (path.getTriplePath().getPath() instanceof P_Link link) {
                node(link.getNode());
            }
        }

        @Override
        public void visit(OpPropFunc propFunc) {
            node(propFunc.getProperty());
        }
    }

    private static void exprs(ExprList list) {
        if (list != null) {
            list.forEach(QueryGuard::expr);
        }
    }

    private static void exprs(VarExprList list) {
        if (list != null) {
            list.getExprs().values().forEach(QueryGuard::expr);
        }
    }

    private static void expr(Expr e) {
        if (e instanceof ExprFunctionOp exists) {
            // EXISTS / NOT EXISTS: their pattern is checked like the rest of the query
            walk(exists.getGraphPattern());
        }
        if (e instanceof E_Function f && f.getFunctionIRI().startsWith(JAVA_SCHEME)) {
            throw javaExtension(f.getFunctionIRI());
        }
        if (e instanceof ExprFunction f) {
            f.getArgs().forEach(QueryGuard::expr);
        }
        if (e instanceof ExprAggregator agg) {
            if (agg.getAggregator() instanceof AggCustom custom && custom.getIRI().startsWith(JAVA_SCHEME)) {
                throw javaExtension(custom.getIRI());
            }
            exprs(agg.getAggregator().getExprList());
        }
    }

    private static void node(Node n) {
        if (n.isURI() && n.getURI().startsWith(JAVA_SCHEME)) {
            throw javaExtension(n.getURI());
        }
    }

    private static ClientError javaExtension(String iri) {
        return new ClientError(Problem.of(400, "extension-not-allowed", "Extension function not allowed",
                "<" + iri + "> names a Java class; this endpoint offers the SPARQL 1.1 functions only"));
    }
}
