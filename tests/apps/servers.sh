#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Real servers, unmodified, under sbx: each starts inside the sandbox, a
# client in the same sandbox (same loopback) talks to it, and the result is
# checked. Skipped when a server is not installed (bootstrap --test-deps
# installs them).
. "${srcdir:-.}/tests/integration/lib.sh"
# A server that does not come up must not hang the suite.
T="timeout -k 10 120"

if command -v redis-server >/dev/null && command -v redis-cli >/dev/null; then
	check_output "redis: SET/GET, INCR, and a short benchmark" '^v 3 ok$' $T "$SBX" run -- /bin/sh -c '
		redis-server --port 6390 --save "" --appendonly no --dir /tmp >/tmp/redis.log 2>&1 &
		for i in $(seq 50); do redis-cli -p 6390 ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
		redis-cli -p 6390 set k v >/dev/null; redis-cli -p 6390 incr n >/dev/null
		redis-cli -p 6390 incr n >/dev/null; n=$(redis-cli -p 6390 incr n)
		redis-benchmark -p 6390 -q -n 2000 -t set,get >/dev/null 2>&1 && b=ok || b=bad
		echo "$(redis-cli -p 6390 get k) $n $b"
		redis-cli -p 6390 shutdown nosave >/dev/null 2>&1; wait'
else
	skip "redis not installed"
fi

if command -v nginx >/dev/null; then
	check_output "nginx: serves a static file on loopback" '^hello from nginx in sbx$' $T "$SBX" run -- /bin/sh -c '
		mkdir -p /tmp/ng/html /tmp/ng/logs
		echo "hello from nginx in sbx" > /tmp/ng/html/index.html
		cat > /tmp/ng/nginx.conf <<CONF
worker_processes 2;
pid /tmp/ng/nginx.pid;
error_log /tmp/ng/logs/error.log;
events { worker_connections 64; }
http {
  access_log /tmp/ng/logs/access.log;
  client_body_temp_path /tmp/ng/body; proxy_temp_path /tmp/ng/proxy;
  fastcgi_temp_path /tmp/ng/fcgi; uwsgi_temp_path /tmp/ng/uwsgi; scgi_temp_path /tmp/ng/scgi;
  server { listen 127.0.0.1:8080; root /tmp/ng/html; }
}
CONF
		nginx -c /tmp/ng/nginx.conf -p /tmp/ng -g "daemon off; user root;" 2>/tmp/ng/stderr &
		for i in $(seq 50); do
			out=$(python3 -c "import urllib.request as u; print(u.urlopen(\"http://127.0.0.1:8080/\").read().decode().strip())" 2>/dev/null) && break
			sleep 0.1
		done
		echo "$out"; cat /tmp/ng/stderr >&2
		kill -QUIT $(cat /tmp/ng/nginx.pid) 2>/dev/null; wait'
else
	skip "nginx not installed"
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
if [ -n "$pgbin" ] && [ -x "$pgbin/initdb" ]; then
	# PostgreSQL refuses to run as root: run it as uid 1000 of the sandbox.
	check_output "postgresql: initdb, start, SQL, pgbench" '^500500 pgbench-ok$' $T "$SBX" run --uid 1000 --gid 1000 -- /bin/sh -c "
		P=$pgbin
		\$P/initdb -D /tmp/pg -U postgres --auth=trust >/tmp/initdb.log 2>&1 || { tail -5 /tmp/initdb.log >&2; exit 1; }
		\$P/pg_ctl -D /tmp/pg -o '-c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -p 5440' -l /tmp/pg.log -w start >/dev/null || { tail -5 /tmp/pg.log >&2; exit 1; }
		sum=\$(psql -h 127.0.0.1 -p 5440 -U postgres -Atc 'create table t(x int); insert into t select generate_series(1,1000); select sum(x) from t;' | tail -1)
		\$P/pgbench -h 127.0.0.1 -p 5440 -U postgres -i -s 1 postgres >/dev/null 2>&1 &&
			\$P/pgbench -h 127.0.0.1 -p 5440 -U postgres -t 200 -c 2 postgres >/dev/null 2>&1 && b=pgbench-ok || b=pgbench-failed
		echo \"\$sum \$b\"
		\$P/pg_ctl -D /tmp/pg -m fast stop >/dev/null"
else
	skip "postgresql not installed"
fi
if command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null; then
	# io_uring is refused (ENOSYS): InnoDB must fall back to native AIO and work.
	check_output "mariadb: install-db, InnoDB table, query (io_uring refused, native AIO used)" '^42 aio$' $T "$SBX" run --uid 1000 --gid 1000 -- /bin/sh -c '
		mariadb-install-db --no-defaults --datadir=/tmp/db --skip-test-db \
			--auth-root-authentication-method=normal >/tmp/inst.log 2>&1 || { tail -5 /tmp/inst.log >&2; exit 1; }
		mariadbd --no-defaults --datadir=/tmp/db --socket=/tmp/my.sock --port=3307 --bind-address=127.0.0.1 \
			--pid-file=/tmp/my.pid --log-error=/tmp/my.err &
		for i in $(seq 100); do mariadb --no-defaults -S /tmp/my.sock -uroot -e "select 1" >/dev/null 2>&1 && break; sleep 0.1; done
		sum=$(mariadb --no-defaults -S /tmp/my.sock -uroot -N -e "create database t; create table t.x(a int) engine=innodb; insert into t.x values (1),(2),(39); select sum(a) from t.x;")
		grep -q "native AIO" /tmp/my.err && aio=aio || aio=no-aio
		echo "$sum $aio"
		mariadb-admin --no-defaults -S /tmp/my.sock -uroot shutdown >/dev/null 2>&1 ||
			kill "$(cat /tmp/my.pid)" 2>/dev/null
		wait'
else
	skip "mariadb not installed"
fi
if command -v java >/dev/null; then
	check_output "java: a thread pool and NIO sockets on loopback" '^42 hi$' $T "$SBX" run -- /bin/sh -c '
		mkdir -p /tmp/j && cat > /tmp/j/T.java <<JAVA
import java.util.concurrent.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.net.InetSocketAddress;
public class T {
  public static void main(String[] a) throws Exception {
    ExecutorService ex = Executors.newFixedThreadPool(8);
    Future<Integer> f = ex.submit(() -> 21 * 2);
    ServerSocketChannel s = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    SocketChannel c = SocketChannel.open(s.getLocalAddress());
    SocketChannel d = s.accept();
    c.write(ByteBuffer.wrap("hi".getBytes()));
    ByteBuffer b = ByteBuffer.allocate(2);
    while (b.hasRemaining()) d.read(b);
    System.out.println(f.get() + " " + new String(b.array()));
    ex.shutdown();
  }
}
JAVA
		java /tmp/j/T.java'
else
	skip "java not installed"
fi
done_testing
