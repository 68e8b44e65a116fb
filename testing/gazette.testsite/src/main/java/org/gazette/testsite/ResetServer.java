package org.gazette.testsite;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A raw-socket HTTP/1.1 responder for the one fault the JDK's HttpServer cannot produce: a
 * response that declares a Content-Length, sends about half of it, and then resets the connection
 * (TCP RST, by closing with SO_LINGER 0). It answers {@code /robots.txt} normally, since a polite
 * crawler asks for it on this port first; every other path gets the reset.
 */
final class ResetServer implements Closeable {

    /** Time between the partial body and the reset, so that the client has read the headers. */
    private static final long PAUSE_MILLIS = 100;
    private static final int MAX_HEAD = 16 * 1024;

    private final ServerSocket socket;
    private final ExecutorService executor;
    private final AccessLog log;
    private final Supplier<String> robots;
    private final Supplier<byte[]> page;
    private final CountDownLatch closing;
    private final Thread acceptor;

    ResetServer(InetAddress host, ExecutorService executor, AccessLog log, Supplier<String> robots, Supplier<byte[]> page,
            CountDownLatch closing) throws IOException {
        this.socket = new ServerSocket(0, 50, host);
        this.executor = executor;
        this.log = log;
        this.robots = robots;
        this.page = page;
        this.closing = closing;
        this.acceptor = new Thread(this::acceptLoop, "testsite-reset-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                executor.execute(() -> serve(client));
            } catch (IOException e) {
                // closed, or a failed accept: the loop condition decides
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return; // the site is closing
            }
        }
    }

    private void serve(Socket client) {
        Instant at = Instant.now();
        long nanos = System.nanoTime();
        try (client) {
            client.setSoTimeout(10_000);
            Map<String, String> headers = new HashMap<>();
            String[] requestLine = readHead(client.getInputStream(), headers);
            if (requestLine == null) {
                return;
            }
            String method = requestLine[0];
            String target = requestLine[1];
            OutputStream out = client.getOutputStream();
            boolean robotsRequest = target.equals("/robots.txt");
            log.add(new NewsSite.Access(at, nanos, method, target, 200, headers.get("if-none-match"),
                    headers.get("if-modified-since"), headers.get("user-agent")));
            if (robotsRequest) {
                byte[] body = robots.get().getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                if (!method.equals("HEAD")) {
                    out.write(body);
                }
                out.flush();
                return;
            }
            byte[] body = page.get();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            if (!method.equals("HEAD")) {
                out.write(body, 0, body.length / 2);
            }
            out.flush();
            closing.await(PAUSE_MILLIS, TimeUnit.MILLISECONDS);
            client.setSoLinger(true, 0); // close() now sends RST instead of FIN
        } catch (SocketException e) {
            // the client went away first
        } catch (IOException e) {
            // timeout or broken request: nothing to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the request line and headers; returns {method, target} or null at end of stream. */
    private static String[] readHead(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0; // counts the bytes of "\r\n\r\n" seen
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            if (head.size() > MAX_HEAD) {
                throw new IOException("request head too long");
            }
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                    : b == '\r' ? 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            throw new IOException("bad request line");
        }
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return requestLine;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
