package org.liaisonhub.editorial.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

/** The editor form of a network resource; its ICT categories are not edited here and stay as loaded. */
public final class ResourceForm implements EntryForm<ResourceContent> {

    private static final long serialVersionUID = 1L;

    private ResourceContent base;
    private String name;
    private String acronym;
    private String kind;
    private String description;
    private String url;
    private String access;
    private String operator;
    private String visibility = Visibility.PUBLIC.name();

    @Override
    public EntryType type() {
        return EntryType.RESOURCE;
    }

    @Override
    public Class<ResourceContent> contentType() {
        return ResourceContent.class;
    }

    @Override
    public void fill(ResourceContent content) {
        base = content;
        name = content.name();
        acronym = content.acronym();
        kind = content.kind() == null ? null : content.kind().name();
        description = content.description();
        url = content.url();
        access = content.access().name();
        operator = content.operator();
        visibility = content.visibility().name();
    }

    @Override
    public void rebase(ResourceContent content) {
        base = content;
    }

    @Override
    public ResourceContent base() {
        return base;
    }

    @Override
    public ResourceContent content() {
        return new ResourceContent(
                name,
                acronym,
                kind == null ? null : ResourceKind.valueOf(kind),
                description,
                url,
                access == null ? null : Access.valueOf(access),
                operator,
                base == null ? Set.of() : base.ictCategories(),
                Visibility.valueOf(visibility));
    }

    /** The choices of the kind menu. */
    public List<String> getKinds() {
        return Arrays.stream(ResourceKind.values()).map(Enum::name).toList();
    }

    /** The choices of the access menu. */
    public List<String> getAccesses() {
        return Arrays.stream(Access.values()).map(Enum::name).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    @Override
    public String getVisibility() {
        return visibility;
    }

    @Override
    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
