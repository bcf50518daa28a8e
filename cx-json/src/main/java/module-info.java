/**
 * cxkit's JSON: the Jackson 3 module ({@code dev.cxkit.json}) and the streaming readers ({@code
 * dev.cxkit.json.read}) are exported; the serializers and deserializers behind the module are not.
 * The module is provided to Jackson's {@code ServiceLoader}, so {@code
 * JsonMapper.builder().findAndAddModules()} registers it on the module path as on the class path.
 */
module dev.cxkit.json {
    requires transitive dev.cxkit.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;

    exports dev.cxkit.json;
    exports dev.cxkit.json.read;

    provides tools.jackson.databind.JacksonModule with
            dev.cxkit.json.CxModule;
}
