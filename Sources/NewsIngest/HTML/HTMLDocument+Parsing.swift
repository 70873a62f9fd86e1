import CNewsXML

extension HTMLDocument {
    /// Parses `html` with libxml2's HTML parser, which repairs what pages get wrong (unclosed tags,
    /// stray end tags, missing `<html>` or `<body>`) as browsers mostly do, and never fails: a page it
    /// cannot read is an empty document.
    init(parsing html: String) {
        var html = html
        let document: htmlDocPtr? = html.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(
                    chars.baseAddress, Int32(chars.count), nil, "UTF-8",
                    Int32(
                        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
                            | HTML_PARSE_IGNORE_ENC.rawValue))
            }
        }
        guard let document else {
            self.init(nodes: [])
            return
        }
        defer { xmlFreeDoc(document) }
        var nodes: [Node] = []
        nodes.reserveCapacity(html.utf8.count / 40)
        Self.append(document.pointee.children, parent: -1, depth: 0, to: &nodes)
        self.init(nodes: nodes)
    }

    /// Appends `first` and its siblings, each followed by its descendants, to `nodes`.
    private static func append(_ first: xmlNodePtr?, parent: Int, depth: Int, to nodes: inout [Node]) {
        var current = first
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = nodes.count
                let name = node.pointee.name.map { String(cString: $0) } ?? ""
                nodes.append(
                    Node(name: name, parent: parent, end: index + 1, depth: depth, text: "", attributes: attributes(of: node)))
                append(node.pointee.children, parent: index, depth: depth + 1, to: &nodes)
                nodes[index].end = nodes.count
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let text = String(cString: content)
                    nodes.append(Node(name: "", parent: parent, end: nodes.count + 1, depth: depth, text: text, attributes: []))
                }
            default:
                break
            }
            current = node.pointee.next
        }
    }

    /// The kept attributes of `node` (see `keptAttributes`), names lowercased.
    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName)  // the HTML parser lowercases names
            guard keptAttributes.contains(name) else { continue }
            var value = ""
            if let child = current.pointee.children, let content = child.pointee.content {
                value = String(cString: content)
            }
            result.append((name, value))
        }
        return result
    }
}
