// Runs after a project is generated: keeps the files of the chosen kind (-Dkind=media-provider, the
// default, or -Dkind=ticket-source) and deletes the other kind's, so the project holds one plugin.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

String kind = request.properties.get('kind')
Map<String, List<String>> files = [
    'media-provider': ['src/main/java/PKG/PageProvider.java', 'src/main/java/PKG/PageRoutes.java',
                       'src/test/java/PKG/PageProviderIT.java',
                       'src/main/resources/META-INF/services/dev.marquee.platform.spi.media.MediaProvider'],
    'ticket-source' : ['src/main/java/PKG/FeedTicketSource.java', 'src/main/java/PKG/FeedReader.java',
                       'src/test/java/PKG/FeedTicketSourceIT.java',
                       'src/main/resources/META-INF/services/dev.marquee.platform.spi.ticketing.TicketSource'],
]
if (!files.containsKey(kind)) {
    throw new IllegalArgumentException("kind must be one of " + files.keySet() + ", not " + kind)
}
Path project = Paths.get(request.outputDirectory, request.artifactId)
String pkg = request.packageName.replace('.', '/')
files.findAll { it.key != kind }.each { other, paths ->
    paths.each { Files.deleteIfExists(project.resolve(it.replace('PKG', pkg))) }
}
