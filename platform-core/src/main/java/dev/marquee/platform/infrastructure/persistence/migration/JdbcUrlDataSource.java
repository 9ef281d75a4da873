package dev.marquee.platform.infrastructure.persistence.migration;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * A data source that needs only a JDBC URL, user and password: it picks the driver that accepts the
 * URL, so {@code marquee.db.url} alone switches between H2 and PostgreSQL. The application server
 * pools the connections it makes. Drivers are looked up with this class's loader, so drivers packed
 * in the WAR are found as well as the server's.
 */
public class JdbcUrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (pass != null) {
            info.setProperty("password", pass);
        }
        Connection connection = driverFor(url).connect(withoutTraceFile(url), info);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + safe(url));
        }
        return connection;
    }

    private static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No JDBC URL: set marquee.db.url");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("No JDBC driver accepts " + safe(url) + "; Marquee supports H2 and PostgreSQL");
    }

    /**
     * An H2 URL with {@code TRACE_LEVEL_FILE=0} unless it sets a trace level itself. The server's pool calls
     * the client-info methods on the connections it hands out; H2 refuses some of them and writes that to its
     * trace file, under one lock, on every pooled {@code getConnection()} (docs/benchmarks.md, issue 17).
     */
    static String withoutTraceFile(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")
                || url.toUpperCase(Locale.ROOT).contains(";TRACE_LEVEL_FILE=")) {
            return url;
        }
        return url + ";TRACE_LEVEL_FILE=0";
    }

    /** The URL without its query, where passwords may hide. */
    private static String safe(String url) {
        int query = url.indexOf('?');
        int params = url.indexOf(';');
        int cut = query < 0 ? params : params < 0 ? query : Math.min(query, params);
        return cut < 0 ? url : url.substring(0, cut);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through the driver's own logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
