package org.liaisonhub.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database behind a server of the integration tests. This Failsafe run's database is {@code it.vendor}: H2,
 * whose files live in the server's data directory, or PostgreSQL, where each server is given a database of its
 * own ({@code -Dliaison.db.name}) that the tests create, drop and look into through the {@code it.pg.*} user.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static String vendor() {
        return System.getProperty("it.vendor", "h2");
    }

    public static boolean isPostgresql() {
        return vendor().equals("postgresql");
    }

    /**
     * An empty database for a server about to start. On H2 the files go with the data directory
     * ({@link ServerBase#reset()}); on PostgreSQL the database is dropped and created again.
     */
    public static void recreate(String name) {
        if (isPostgresql()) {
            recreatePostgresql(name);
        }
    }

    /** Drops and creates a PostgreSQL database of the {@code it.pg.*} server, whatever this run's database. */
    public static void recreatePostgresql(String name) {
        try (Connection connection = postgresql("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The database of a server on {@code base} told {@code -Dliaison.db.name=name}. An H2 database can only be
     * opened while its server is stopped (the server holds the file).
     */
    public static DataSource of(ServerBase base, String name) {
        if (isPostgresql()) {
            return postgresql(name);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        // The file the H2 datasource of wildfly-config/configure-server.cli names under jboss.server.data.dir.
        h2.setURL("jdbc:h2:" + base.dataDir().toAbsolutePath().resolve("liaison/liaison"));
        h2.setUser("sa");
        h2.setPassword("sa");
        return h2;
    }

    public static long count(DataSource database, String table) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A database of the {@code it.pg.*} PostgreSQL server. */
    public static DataSource postgresql(String database) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {System.getProperty("it.pg.host", "127.0.0.1")});
        pg.setPortNumbers(new int[] {Integer.parseInt(System.getProperty("it.pg.port", "5432"))});
        pg.setDatabaseName(database);
        pg.setUser(System.getProperty("it.pg.user", "liaison"));
        pg.setPassword(System.getProperty("it.pg.password", "liaison"));
        return pg;
    }
}
