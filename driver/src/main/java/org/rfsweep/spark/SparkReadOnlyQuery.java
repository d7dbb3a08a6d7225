package org.rfsweep.spark;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedGenerator;
import org.apache.spark.sql.catalyst.analysis.UnresolvedHaving;
import org.apache.spark.sql.catalyst.analysis.UnresolvedInlineTable;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedSubqueryColumnAliases;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTVFAliases;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.PipeOperator;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.QueryPlan;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.Distinct;
import org.apache.spark.sql.catalyst.plans.logical.Except;
import org.apache.spark.sql.catalyst.plans.logical.Filter;
import org.apache.spark.sql.catalyst.plans.logical.Generate;
import org.apache.spark.sql.catalyst.plans.logical.GlobalLimit;
import org.apache.spark.sql.catalyst.plans.logical.Intersect;
import org.apache.spark.sql.catalyst.plans.logical.Join;
import org.apache.spark.sql.catalyst.plans.logical.LateralJoin;
import org.apache.spark.sql.catalyst.plans.logical.LocalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Offset;
import org.apache.spark.sql.catalyst.plans.logical.OneRowRelation;
import org.apache.spark.sql.catalyst.plans.logical.Pivot;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.plans.logical.RepartitionByExpression;
import org.apache.spark.sql.catalyst.plans.logical.Sample;
import org.apache.spark.sql.catalyst.plans.logical.Sort;
import org.apache.spark.sql.catalyst.plans.logical.SubqueryAlias;
import org.apache.spark.sql.catalyst.plans.logical.Tail;
import org.apache.spark.sql.catalyst.plans.logical.Union;
import org.apache.spark.sql.catalyst.plans.logical.Unpivot;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedHint;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.catalyst.plans.logical.WithWindowDefinition;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.apache.spark.sql.execution.command.DescribeQueryCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Decides from Spark's parse tree alone, before any session exists, whether SQL text is a
 * read-only query over the views: what {@code rfsweep sql} may run.
 *
 * <p>An allow-list, not a keyword blacklist: the text is parsed by Spark's own parser (which runs
 * nothing and touches no file) and every node of the unresolved plan, subqueries and CTEs
 * included, must be one of the relational operators of a query ({@link #QUERY_NODES}). Every
 * command (INSERT, CREATE, DROP, CACHE, ADD JAR, SET, ...), a script transformation (an external
 * program), an {@code IDENTIFIER(...)} clause (resolved only later) or any node added by a future
 * Spark version is refused. Relations must be one-part names (a view or a CTE), which refuses
 * direct file queries such as {@code text.`/etc/passwd`}; functions that call arbitrary Java
 * methods are refused by name. {@code EXPLAIN} of such a query and {@code DESCRIBE} of a view or
 * such a query are allowed: they read only.
 */
public final class SparkReadOnlyQuery {
    /** The operators a query's unresolved plan may consist of. */
    private static final Set<Class<?>> QUERY_NODES = Set.of(
            Project.class, Filter.class, Aggregate.class, UnresolvedHaving.class, Sort.class, GlobalLimit.class,
            LocalLimit.class, Offset.class, Tail.class, Distinct.class, Union.class, Intersect.class, Except.class,
            Join.class, LateralJoin.class, SubqueryAlias.class, UnresolvedSubqueryColumnAliases.class,
            UnresolvedWith.class, UnresolvedRelation.class, OneRowRelation.class, LocalRelation.class,
            UnresolvedInlineTable.class, UnresolvedTableValuedFunction.class, UnresolvedTVFAliases.class,
            Generate.class, Pivot.class, Unpivot.class, Sample.class, UnresolvedHint.class,
            RepartitionByExpression.class, WithWindowDefinition.class, PipeOperator.class);

    /** Built-in functions that call any Java method by reflection. */
    private static final Set<String> FORBIDDEN_FUNCTIONS = Set.of("reflect", "java_method", "try_reflect");

    /** Why a statement may not run; the message is one line. */
    public static final class RefusedException extends org.rfsweep.InvalidInputException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }

        @Override
        public String kind() {
            return "invalid query";
        }
    }

    private SparkReadOnlyQuery() {
    }

    /**
     * Parses {@code sql} with Spark's default parser (no session is started) and checks it.
     *
     * @throws RefusedException if it does not parse or is not a read-only query
     */
    public static void check(String sql) throws RefusedException {
        check(new SparkSqlParser(), sql);
    }

    /** As {@link #check(String)} with the given parser. */
    static void check(ParserInterface parser, String sql) throws RefusedException {
        LogicalPlan plan;
        try {
            plan = parser.parsePlan(sql);
        } catch (ParseException e) {
            throw new RefusedException(firstLine(e.getMessage())
                    + (sql.strip().replaceAll(";+$", "").contains(";") ? " (sql runs one query; no ';'-separated statements)" : ""));
        }
        checkStatement(plan);
    }

    private static void checkStatement(LogicalPlan root) throws RefusedException {
        if (root instanceof ExplainCommand explain) {
            checkQuery(explain.logicalPlan());
        } else if (root instanceof DescribeQueryCommand describe) {
            checkQuery(describe.plan());
        } else if (root instanceof DescribeRelation describe) {
            checkDescribedView(describe);
        } else {
            checkQuery(root);
        }
    }

    private static void checkDescribedView(DescribeRelation describe) throws RefusedException {
        if (!(describe.relation() instanceof UnresolvedTableOrView view) || view.multipartIdentifier().size() != 1
                || !describe.partitionSpec().isEmpty()) {
            throw refused("DESCRIBE of anything but a view (" + describe.relation().simpleString(80) + ")");
        }
    }

    private static void checkQuery(LogicalPlan plan) throws RefusedException {
        if (!QUERY_NODES.contains(plan.getClass())) {
            throw refused(plan.nodeName());
        }
        if (plan instanceof UnresolvedRelation relation) {
            checkRelation(relation);
        } else if (plan instanceof UnresolvedTableValuedFunction function) {
            checkFunction(list(function.name()));
        }
        for (Expression e : list(plan.expressions())) {
            checkExpression(e);
        }
        for (LogicalPlan child : list(plan.children())) {
            checkQuery(child);
        }
        for (QueryPlan<?> inner : list(plan.innerChildren())) { // a WITH's CTE definitions
            if (!(inner instanceof LogicalPlan logical)) {
                throw refused(inner.nodeName());
            }
            checkQuery(logical);
        }
    }

    private static void checkRelation(UnresolvedRelation relation) throws RefusedException {
        List<String> name = list(relation.multipartIdentifier());
        if (name.size() != 1) {
            throw new RefusedException("sql reads only the views runs, trajectories, receptive_fields and phase "
                    + "(and CTEs), not " + String.join(".", name) + " (no files, no catalogs)");
        }
        if (relation.isStreaming() || !relation.options().isEmpty()) {
            throw refused("a streaming read or table options on " + name.get(0));
        }
    }

    private static void checkExpression(Expression e) throws RefusedException {
        if (e instanceof UnresolvedFunction f) {
            checkFunction(list(f.nameParts()));
        } else if (e instanceof UnresolvedGenerator g) {
            checkFunction(List.of(g.name().funcName()));
        }
        if (e instanceof SubqueryExpression subquery) {
            checkQuery(subquery.plan());
        }
        for (Expression child : list(e.children())) {
            checkExpression(child);
        }
    }

    private static void checkFunction(List<String> nameParts) throws RefusedException {
        String name = nameParts.get(nameParts.size() - 1).toLowerCase(Locale.ROOT);
        if (FORBIDDEN_FUNCTIONS.contains(name)) {
            throw new RefusedException("sql does not call " + name + "() (it runs arbitrary Java methods)");
        }
    }

    private static RefusedException refused(String what) {
        return new RefusedException("sql is read-only: " + what + " is not part of a query (only SELECT, WITH, "
                + "VALUES, EXPLAIN and DESCRIBE run; nothing that writes, caches or changes settings)");
    }

    private static String firstLine(String message) {
        return message == null ? "cannot parse" : message.strip().lines().findFirst().orElse("cannot parse");
    }

    private static <T> List<T> list(scala.collection.Seq<T> seq) {
        return CollectionConverters.asJava(seq);
    }
}
