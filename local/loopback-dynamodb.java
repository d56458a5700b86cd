// Starts DynamoDB Local listening on one address only. DynamoDBLocal.jar has no host option: its
// server builds a Jetty Server from a port alone, which listens on every interface, and DynamoDB
// Local accepts any credentials. So we build the server exactly as the jar's own main does
// (ServerRunner.createServerFromCommandLineArgs, same flags), set the host on its Jetty connectors
// before it starts, and start it. Run by engines.ts with Java's single-file source launcher:
//   java -cp "DynamoDBLocal.jar:DynamoDBLocal_lib/*" loopback-dynamodb.java 127.0.0.1 -port N ...
import java.lang.reflect.Field;
import java.util.Arrays;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class LoopbackDynamoDB {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) throw new IllegalArgumentException("usage: loopback-dynamodb.java HOST [DynamoDB Local flags]");
    String host = args[0];
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(Arrays.copyOfRange(args, 1, args.length));
    // The Jetty server is a private field; no public accessor exists in this release.
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local built a server without connectors");
    for (Connector connector : connectors) {
      if (!(connector instanceof ServerConnector)) throw new IllegalStateException("unexpected connector " + connector.getClass().getName());
      ((ServerConnector) connector).setHost(host);
    }
    proxy.start();
  }
}
