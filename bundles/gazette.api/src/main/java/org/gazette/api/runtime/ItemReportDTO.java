package org.gazette.api.runtime;

import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.StageResult;
import org.osgi.dto.DTO;

/**
 * What happened to one item passed through the whole pipeline on request.
 */
public class ItemReportDTO extends DTO {
    /** The URL as given. */
    public String url;
    /** The URL after normalisation. */
    public String normalisedUrl;
    /** The article, or {@code null} when no stage produced one (the fetch failed, say). */
    public Article article;
    /** Each stage's outcome in order (fetch, parse, enrichers, export). */
    public List<StageResult> stages;
}
