package jixiao.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the rules and tables are read from. A directory that does not exist falls back to the
 * copies packaged in the jar, so the jar runs from anywhere.
 */
@ConfigurationProperties("jixiao")
public record JixiaoConfig(@Bindable(defaultValue = "rules") String rulesDir,
                           @Bindable(defaultValue = "scoring-tables") String tablesDir) {
}
