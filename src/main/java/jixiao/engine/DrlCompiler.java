package jixiao.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles DRL files into a KIE module (interpreted or executable model), failing with file:line on errors. */
final class DrlCompiler {
    private DrlCompiler() {
    }

    /** {@code project} is {@code DrlProject} (compiled at run time) or {@code ExecutableModelProject}. */
    static InternalKieModule compile(List<RuleFile> files, Class<? extends KieBuilder.ProjectType> project) {
        return compile(files, project, "rules-" + UUID.randomUUID());
    }

    /** As {@link #compile(List, Class)}, as the KIE module {@code artifactId} (names generated classes). */
    static InternalKieModule compile(List<RuleFile> files, Class<? extends KieBuilder.ProjectType> project,
                                     String artifactId) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("jixiao", artifactId, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile f : files) {
            kfs.write("src/main/resources/" + f.path(), f.content().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(project);
        List<String> errors = new ArrayList<>();
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = msg.getPath() == null ? "" : msg.getPath().replaceFirst("^src/main/resources/", "");
            errors.add(path + ":" + msg.getLine() + ": " + msg.getText().strip());
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseException("the rules do not compile:\n" + String.join("\n", errors));
        }
        return (InternalKieModule) builder.getKieModule();
    }
}
