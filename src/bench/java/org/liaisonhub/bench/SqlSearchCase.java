package org.liaisonhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.liaisonhub.catalog.EntryType;

/**
 * Cases 3 and 4: what a team without a search engine would write, on the same rows. One union over the four
 * tables (a contact point matches by its role, person and its authority's names, as in the index), words combined
 * with OR like Liaison's query, visibility as a filter. Two statements per query: the page, and one
 * {@code group by type, country} from which the total and both (multi-select) facets are summed.
 * <ul>
 * <li>{@link Mode#LIKE}: {@code lower(text) like '%word%'} (H2) or {@code text ilike '%word%'} (PostgreSQL), ordered by
 * name (LIKE has no relevance).</li>
 * <li>{@link Mode#FTS}: PostgreSQL full-text search, {@code to_tsvector('simple', …) @@ to_tsquery('simple', 'a | b')}
 * on expression GIN indexes, ordered by {@code ts_rank}.</li>
 * </ul>
 */
final class SqlSearchCase implements SearchCase {

    enum Mode {
        LIKE,
        ILIKE,
        FTS
    }

    private static final String AUTHORITY_TEXT =
            "coalesce(a.name,'') || ' ' || coalesce(a.localName,'') || ' ' || coalesce(a.description,'')";
    private static final String AUTHORITY_NAMES = "coalesce(a.name,'') || ' ' || coalesce(a.localName,'')";
    private static final String CONTACT_TEXT = "coalesce(c.role,'') || ' ' || coalesce(c.personName,'')";
    private static final String RESOURCE_TEXT =
            "coalesce(r.name,'') || ' ' || coalesce(r.acronym,'') || ' ' || coalesce(r.description,'') || ' ' || coalesce(r.operator,'')";
    private static final String PRACTICE_TEXT =
            "coalesce(p.title,'') || ' ' || coalesce(p.summary,'') || ' ' || coalesce(p.body,'')";

    private final String name;
    private final DataSource dataSource;
    private final Mode mode;

    SqlSearchCase(String name, DataSource dataSource, Mode mode) {
        this.name = name;
        this.dataSource = dataSource;
        this.mode = mode;
    }

    /** The GIN indexes the FTS case needs (PostgreSQL), one per table over the same expressions. */
    static void createFullTextIndexes(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create index if not exists bench_fts_authority on authority using gin ("
                    + tsv(bare(AUTHORITY_TEXT)) + ")");
            s.execute("create index if not exists bench_fts_authority_names on authority using gin ("
                    + tsv(bare(AUTHORITY_NAMES)) + ")");
            s.execute("create index if not exists bench_fts_contact on contact_point using gin ("
                    + tsv(bare(CONTACT_TEXT)) + ")");
            s.execute("create index if not exists bench_fts_resource on network_resource using gin ("
                    + tsv(bare(RESOURCE_TEXT)) + ")");
            s.execute("create index if not exists bench_fts_practice on good_practice using gin ("
                    + tsv(bare(PRACTICE_TEXT)) + ")");
            s.execute("analyze");
        }
    }

    private static String tsv(String expression) {
        return "to_tsvector('simple', " + expression + ")";
    }

    /** The same expression over bare column names, as CREATE INDEX wants it; the planner matches both. */
    private static String bare(String expression) {
        return expression.replaceAll("\\b[acrp]\\.", "");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long run(BenchQuery query) throws SQLException {
        List<String> words = query.words();
        Query union = union(words);
        try (Connection c = dataSource.getConnection()) {
            // 1. The page.
            StringBuilder page = new StringBuilder("select type, entry_key, title, summary, country from (")
                    .append(union.sql)
                    .append(") u where 1=1");
            List<Object> params = new ArrayList<>(union.params);
            filters(page, params, query, true, true);
            page.append(mode == Mode.FTS ? " order by rank desc, title, entry_key" : " order by title, entry_key")
                    .append(" limit ")
                    .append(BenchQuery.PAGE_SIZE)
                    .append(" offset ")
                    .append(query.offset());
            int rows = 0;
            try (PreparedStatement s = prepare(c, page.toString(), params);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            // 2. Total and both facets from one grouped scan.
            String grouped = "select type, country, count(*) from (" + union.sql + ") u group by type, country";
            Map<String, Long> byType = new HashMap<>();
            Map<String, Long> byCountry = new HashMap<>();
            long total = 0;
            List<String> types = query.types().stream().map(EntryType::code).toList();
            try (PreparedStatement s = prepare(c, grouped, union.params);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    String country = rs.getString(2);
                    long count = rs.getLong(3);
                    boolean typeOk = types.isEmpty() || types.contains(type);
                    boolean countryOk = query.countries().isEmpty()
                            || country != null && query.countries().contains(country);
                    if (countryOk) {
                        byType.merge(type, count, Long::sum);
                    }
                    if (typeOk && country != null) {
                        byCountry.merge(country, count, Long::sum);
                    }
                    if (typeOk && countryOk) {
                        total += count;
                    }
                }
            }
            if (rows > BenchQuery.PAGE_SIZE) {
                throw new IllegalStateException("page too large");
            }
            return total;
        }
    }

    private record Query(String sql, List<Object> params) {}

    /** The four tables as one relation (type, entry_key, title, summary, country, rank) of the visible matches. */
    private Query union(List<String> words) {
        List<Object> params = new ArrayList<>();
        String authority = "select 'authority' as type, a.entry_key, a.name as title, a.description as summary,"
                + " a.country, " + rank(AUTHORITY_TEXT) + " as rank from authority a where a.visibility = 'PUBLIC' and "
                + match(AUTHORITY_TEXT, words, params);
        String contact = "select 'contact', c.entry_key, c.role, a.name, a.country, " + rank(CONTACT_TEXT)
                + " from contact_point c join authority a on a.id = c.authority_id where c.visibility = 'PUBLIC' and ("
                + match(CONTACT_TEXT, words, params) + " or " + match(AUTHORITY_NAMES, words, params) + ")";
        String resource = "select 'resource', r.entry_key, r.name, r.description, cast(null as varchar(2)), "
                + rank(RESOURCE_TEXT) + " from network_resource r where r.visibility = 'PUBLIC' and "
                + match(RESOURCE_TEXT, words, params);
        String practice = "select 'practice', p.entry_key, p.title, p.summary, p.country, " + rank(PRACTICE_TEXT)
                + " from good_practice p where p.visibility = 'PUBLIC' and " + match(PRACTICE_TEXT, words, params);
        // rank parameters come first in each branch: re-collect them in statement order.
        List<Object> ordered = new ArrayList<>();
        for (String branch : List.of("a", "c", "r", "p")) {
            if (mode == Mode.FTS) {
                ordered.add(tsquery(words));
            }
            if (branch.equals("c")) {
                ordered.addAll(likeParams(words, 2));
            } else {
                ordered.addAll(likeParams(words, 1));
            }
        }
        return new Query(
                authority + " union all " + contact + " union all " + resource + " union all " + practice, ordered);
    }

    private List<Object> likeParams(List<String> words, int times) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            if (mode == Mode.FTS) {
                out.add(tsquery(words));
            } else {
                words.forEach(w -> out.add("%" + w.replace("%", "").replace("_", "") + "%"));
            }
        }
        return out;
    }

    private String rank(String expression) {
        return mode == Mode.FTS ? "ts_rank(" + tsv(expression) + ", to_tsquery('simple', ?))" : "0";
    }

    private String match(String expression, List<String> words, List<Object> params) {
        return switch (mode) {
            case FTS -> tsv(expression) + " @@ to_tsquery('simple', ?)";
            case LIKE ->
                "("
                        + String.join(
                                " or ",
                                words.stream()
                                        .map(w -> "lower(" + expression + ") like ?")
                                        .toList()) + ")";
            case ILIKE ->
                "("
                        + String.join(
                                " or ",
                                words.stream()
                                        .map(w -> "(" + expression + ") ilike ?")
                                        .toList()) + ")";
        };
    }

    private static String tsquery(List<String> words) {
        List<String> clean = words.stream()
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(w -> !w.isEmpty())
                .toList();
        return clean.isEmpty() ? "''" : String.join(" | ", clean);
    }

    private static void filters(
            StringBuilder sql, List<Object> params, BenchQuery query, boolean types, boolean countries) {
        if (types && !query.types().isEmpty()) {
            sql.append(" and type in (")
                    .append(String.join(
                            ",", query.types().stream().map(t -> "?").toList()))
                    .append(")");
            query.types().forEach(t -> params.add(t.code()));
        }
        if (countries && !query.countries().isEmpty()) {
            sql.append(" and country in (")
                    .append(String.join(
                            ",", query.countries().stream().map(t -> "?").toList()))
                    .append(")");
            params.addAll(query.countries());
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
