#!/usr/bin/env node
import { createRequire as __plangateCreateRequire } from 'node:module'; const require = __plangateCreateRequire(import.meta.url);
import {
  RULE_IDS,
  SECRET_MASK,
  SENSITIVE_MASK,
  SEVERITIES,
  UNKNOWN_VALUE,
  changeKind,
  changedPaths,
  deepEqual,
  destroysObject,
  external_exports,
  formatPath,
  getAt,
  isCreate,
  isCreateBeforeDestroy,
  isDelete,
  isDeleteBeforeCreate,
  isHumanTier,
  isImport,
  isManaged,
  isMove,
  isNoOp,
  isReplace,
  isUnknownAt,
  isUpdate,
  redactValue,
  renderAfter,
  renderValue,
  sameElements,
  scrubDeep,
  scrubText,
  severityRank,
  unknownPaths
} from "./chunk-VSITXCZW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IDK5KNGZ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str3 += "\\x" + code2.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match2 = str3.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index2] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/report/escape.ts
var ZWSP = "\u200B";
function escapeText(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\r?\n/g, " ");
}
function code(text2) {
  const clean = text2.replace(/\r?\n/g, " ").replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
  const runs = clean.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") || clean === "" ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var SEVERITY_LABEL = {
  critical: "\u{1F7E5} critical",
  high: "\u{1F7E7} high",
  medium: "\u{1F7E8} medium",
  low: "\u{1F7E6} low",
  info: "\u2B1C info"
};
var KIND_SYMBOL = {
  create: "+",
  update: "~",
  replace: "-/+",
  delete: "-",
  read: "<=",
  "no-op": " ",
  forget: "."
};
var LEVELS = [
  { details: true, lowFindings: true, evidence: true, maxFindings: Infinity },
  { details: false, lowFindings: true, evidence: true, maxFindings: Infinity },
  { details: false, lowFindings: false, evidence: true, maxFindings: Infinity },
  { details: false, lowFindings: false, evidence: false, maxFindings: Infinity },
  { details: false, lowFindings: false, evidence: false, maxFindings: 200 },
  { details: false, lowFindings: false, evidence: false, maxFindings: 50 },
  { details: false, lowFindings: false, evidence: false, maxFindings: 10 }
];
function header(r) {
  const verdict = r.decision === "approve" ? "\u2705 **Approved by plangate**" : "\u{1F6D1} **Needs a human review**";
  const lines = [`### plangate: ${verdict} \u2014 risk: **${r.risk}**`, ""];
  for (const reason of r.reasons) lines.push(`- ${escapeText(reason)}`);
  return lines.join("\n");
}
function findingLines(f, withEvidence, multiPlan) {
  const where = f.address ? ` ${code(f.address)}` : "";
  const plan = multiPlan || f.planFile === "" ? ` _(${f.planFile === "" ? "pull request" : escapeText(f.planFile)})_` : "";
  const adjusted = f.adjustedBy ? ` _(was ${f.ruleSeverity}: ${escapeText(f.adjustedBy)})_` : "";
  const lines = [
    `- **${SEVERITY_LABEL[f.severity]}** ${code(f.rule)}${where}${plan} \u2014 ${escapeText(f.message)}${adjusted}`
  ];
  if (withEvidence) {
    for (const e of f.evidence.slice(0, 8)) {
      const parts = [];
      if (e.path) parts.push(code(e.path));
      if (e.before !== void 0 && e.after !== void 0)
        parts.push(`${code(e.before)} \u2192 ${code(e.after)}`);
      else if (e.before !== void 0) parts.push(code(e.before));
      else if (e.after !== void 0) parts.push(`\u2192 ${code(e.after)}`);
      if (e.note) parts.push(escapeText(e.note));
      if (parts.length) lines.push(`  - ${parts.join(" ")}`);
    }
    if (f.evidence.length > 8) lines.push(`  - \u2026and ${f.evidence.length - 8} more`);
  }
  return lines;
}
function findingsSection(r, level, omitted) {
  const multiPlan = r.plans.length > 1;
  const important = r.findings.filter((f) => f.severity !== "low" && f.severity !== "info");
  const low = r.findings.filter((f) => f.severity === "low" || f.severity === "info");
  const lines = [];
  if (r.findings.length === 0) return "#### Findings\n\nNo rule found anything risky.";
  const listed = important.slice(0, level.maxFindings);
  if (listed.length) {
    lines.push("#### What a human must read", "");
    for (const f of listed) lines.push(...findingLines(f, level.evidence, multiPlan));
  }
  if (important.length > listed.length)
    omitted.push(`${important.length - listed.length} medium-or-higher finding(s)`);
  if (low.length) {
    if (level.lowFindings) {
      lines.push("", "<details><summary>Low and info findings (" + low.length + ")</summary>", "");
      for (const f of low) lines.push(...findingLines(f, level.evidence, multiPlan));
      lines.push("", "</details>");
    } else {
      omitted.push(`${low.length} low/info finding(s)`);
    }
  }
  if (!level.evidence) omitted.push("evidence lines");
  return lines.join("\n");
}
function countsSection(r) {
  const s = r.summary;
  const cols = [
    ["create", s.create],
    ["update", s.update],
    ["replace", s.replace],
    ["delete", s.delete],
    ["import", s.import],
    ["move", s.move],
    ["forget", s.forget],
    ["read", s.read],
    ["drift", s.drift]
  ];
  return [
    "#### Changes",
    "",
    `| ${cols.map(([k]) => k).join(" | ")} |`,
    `|${cols.map(() => "---:").join("|")}|`,
    `| ${cols.map(([, v]) => String(v)).join(" | ")} |`
  ].join("\n");
}
function modelSection(r) {
  const lines = ["#### Model verdict", ""];
  if (!r.modelStep.asked) {
    lines.push(`Not asked: ${escapeText(r.modelStep.why)}.`);
  } else {
    const o = r.modelStep.outcome;
    const verdict = o.status === "failed" ? "unavailable (treated as needs a human)" : o.verdict === "no_concerns" ? "no concerns" : "needs a human";
    lines.push(`**${verdict}** \u2014 ${code(o.model)} via ${escapeText(o.provider)}`);
    for (const c of o.concerns)
      lines.push(`- ${code(c.address)} (${escapeText(c.category)}): ${c.message}`);
    for (const reason of o.reasons) lines.push(`- ${escapeText(reason)}`);
    const cost = o.costUsd === null ? "cost unknown" : `$${o.costUsd.toFixed(4)}`;
    lines.push(
      "",
      `Tokens: ${o.usage.inputTokens} in, ${o.usage.outputTokens} out; ${cost}; ${Math.round(o.durationMs)} ms.`
    );
  }
  const d = r.digest;
  if (d) {
    lines.push(
      `The model saw a redacted digest of ${d.bytes} bytes (~${d.estimatedTokens} tokens): ${d.resourcesShown} resource(s) one by one${d.resourcesSummarised ? `, ${d.resourcesSummarised} summarised by type and module` : ""}.`
    );
  }
  return lines.join("\n");
}
function replacementsSection(r) {
  const lines = [];
  for (const p of r.plans) {
    for (const c of p.model?.changes ?? []) {
      if (changeKind(c.actions) !== "replace") continue;
      const cause = c.replacePaths.length ? `forced by ${c.replacePaths.map((x) => code(formatPath(x))).join(", ")}` : c.actionReason ? escapeText(c.actionReason.replace(/_/g, " ")) : "cause not given by the plan";
      const order = c.actions[0] === "create" ? "create before destroy" : "destroy before create";
      lines.push(`- ${code(c.address)} \u2014 ${order}; ${cause}`);
    }
  }
  return lines.length ? ["#### Replacements", "", ...lines].join("\n") : "";
}
function driftSection(r) {
  const reverts = r.findings.filter((f) => f.rule === "drift-revert");
  if (reverts.length === 0) return "";
  return [
    "#### Changes made outside Terraform that this plan reverts",
    "",
    ...reverts.map((f) => `- ${code(f.address)} \u2014 ${escapeText(f.message)}`)
  ].join("\n");
}
function changeLine(c) {
  const kind = changeKind(c.actions);
  const extra = [
    isMove(c) ? `moved from ${code(c.previousAddress ?? "")}` : "",
    isImport(c) ? "import" : "",
    c.deposed ? `deposed ${code(c.deposed)}` : ""
  ].filter(Boolean).join(", ");
  return `  - \`${KIND_SYMBOL[kind]}\` ${code(scrubText(c.address))}${extra ? ` (${extra})` : ""}`;
}
function detailsSection(r) {
  const out = [];
  for (const p of r.plans) {
    const changes = (p.model?.changes ?? []).filter(
      (c) => changeKind(c.actions) !== "no-op" || isMove(c) || isImport(c)
    );
    const title = `${escapeText(p.file)} \u2014 environment ${escapeText(p.environment)}${p.loadError ? " \u2014 could not be read" : `, ${changes.length} change(s)`}`;
    out.push(`<details><summary>${title}</summary>`, "");
    if (p.loadError) out.push(escapeText(p.loadError));
    const byModule = /* @__PURE__ */ new Map();
    for (const c of changes) {
      const list = byModule.get(c.moduleAddress) ?? [];
      list.push(c);
      byModule.set(c.moduleAddress, list);
    }
    for (const [mod, list] of [...byModule].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      out.push(`- ${mod === "" ? "root module" : code(mod)} (${list.length})`);
      for (const c of list) out.push(changeLine(c));
    }
    if (changes.length === 0 && !p.loadError) out.push("No changes.");
    out.push("", "</details>");
  }
  return out.length ? ["#### Details", "", ...out].join("\n") : "";
}
function footer(r) {
  const plans = r.planDigests.map((p) => `${escapeText(p.file)} sha256:${p.sha256.slice(0, 16)}`).join(", ");
  return `<sub>plans: ${plans || "none"} \xB7 policy: ${escapeText(r.policySource)} sha256:${r.policyDigest.slice(0, 16)}</sub>`;
}
function renderAt(r, level) {
  const omitted = [];
  const sections = [
    header(r),
    findingsSection(r, level, omitted),
    countsSection(r),
    modelSection(r),
    replacementsSection(r),
    driftSection(r)
  ];
  if (level.details) sections.push(detailsSection(r));
  else omitted.push("per-plan details");
  if (omitted.length) {
    sections.push(
      `_Left out to fit GitHub's ${GITHUB_COMMENT_LIMIT}-character limit: ${omitted.join(", ")}. The job summary and the JSON record have everything._`
    );
  }
  sections.push(footer(r));
  return sections.filter((s) => s !== "").join("\n\n") + "\n";
}
function renderMarkdown(r, options = {}) {
  const max = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  for (const level of LEVELS) {
    const text3 = renderAt(r, level);
    if (text3.length <= max) return text3;
  }
  const note = "\n\n_Truncated to fit the comment limit; see the JSON record._\n";
  const text2 = renderAt(r, LEVELS[LEVELS.length - 1]);
  const cut = text2.lastIndexOf("\n", max - note.length);
  return text2.slice(0, cut > 0 ? cut : max - note.length) + note;
}

// src/policy/load.ts
import { createHash } from "node:crypto";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str3) => {
  let begs, beg, left, right = void 0, result;
  let ai = str3.indexOf(a);
  let bi = str3.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str3.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str3.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str3.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str3) {
  return !isNaN(str3) ? parseInt(str3, 10) : str3.charCodeAt(0);
}
function escapeBraces(str3) {
  return str3.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str3) {
  return str3.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str3, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str3.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str3.slice(0, r[0]),
    body: str3.slice(r[0] + 1, r[1]),
    post: str3.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str3, budget) {
  budget.remaining -= str3.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str3.length - 1; i >= 0; i--) {
    const c = str3.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str3.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str3, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str3, str3, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str3.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str3 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str3, options = {}) {
  if (!str3) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str3.slice(0, 2) === "{}") {
    str3 = "\\{\\}" + str3.slice(2);
  }
  return expand_(escapeBraces(str3), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str3) {
  return "{" + str3 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str3, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str3];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str3;
  for (; ; ) {
    const m = balancedWithBudget(str3, masked, budget);
    if (!m) {
      return combine(acc, str3, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str3 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str3 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str3 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str3 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob2, position) => {
  const pos = position;
  if (glob2.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob2.length) {
    const c = glob2.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob2.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob2.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob2.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob2.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob2.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str3, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str3.length) {
        const c = str3.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str3.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str3, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str3.length) {
      const c = str3.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str3.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str3, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str3.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index2) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index2);
  }
  #adopt(child2, index2) {
    const gc = child2.#parts[0];
    this.#parts.splice(index2, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob2 = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob2.toUpperCase() !== glob2.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob2
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob2, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob2.length; i++) {
      const c = glob2.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob2) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob2.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob2, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob2), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/policy/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/policy/default-policy.generated.json
var default_policy_generated_default = {
  version: 1,
  catalogue: {
    stateful_types: [
      "aws_db_instance",
      "aws_rds_cluster",
      "aws_rds_cluster_instance",
      "aws_rds_global_cluster",
      "aws_docdb_cluster",
      "aws_docdb_cluster_instance",
      "aws_neptune_cluster",
      "aws_neptune_cluster_instance",
      "aws_dynamodb_table",
      "aws_dynamodb_global_table",
      "aws_redshift_cluster",
      "aws_redshiftserverless_namespace",
      "aws_elasticache_cluster",
      "aws_elasticache_replication_group",
      "aws_elasticache_serverless_cache",
      "aws_memorydb_cluster",
      "aws_elasticsearch_domain",
      "aws_opensearch_domain",
      "aws_s3_bucket",
      "aws_s3_directory_bucket",
      "aws_s3control_bucket",
      "aws_glacier_vault",
      "aws_ebs_volume",
      "aws_ebs_snapshot",
      "aws_efs_file_system",
      "aws_fsx_*_file_system",
      "aws_backup_vault",
      "aws_sqs_queue",
      "aws_sns_topic",
      "aws_kinesis_stream",
      "aws_kinesis_firehose_delivery_stream",
      "aws_msk_cluster",
      "aws_msk_serverless_cluster",
      "aws_mq_broker",
      "aws_kms_key",
      "aws_kms_external_key",
      "aws_kms_replica_key",
      "aws_route53_zone",
      "aws_secretsmanager_secret",
      "aws_ssm_parameter",
      "aws_ecr_repository",
      "aws_cognito_user_pool",
      "aws_cloudwatch_log_group",
      "aws_timestreamwrite_table",
      "aws_keyspaces_table",
      "aws_qldb_ledger",
      "aws_acmpca_certificate_authority",
      "aws_docdb_elastic_cluster",
      "aws_docdb_global_cluster",
      "aws_neptune_global_cluster",
      "aws_dynamodb_table_replica",
      "aws_elasticache_global_replication_group",
      "aws_opensearchserverless_collection",
      "aws_keyspaces_keyspace",
      "aws_timestreamwrite_database",
      "aws_timestreaminfluxdb_db_instance",
      "aws_dsql_cluster",
      "aws_db_snapshot",
      "aws_db_cluster_snapshot",
      "aws_lightsail_database",
      "aws_lightsail_disk",
      "aws_s3tables_table_bucket",
      "aws_s3tables_table",
      "aws_codecommit_repository",
      "aws_cloudhsm_v2_cluster",
      "aws_directory_service_directory",
      "aws_kinesis_video_stream",
      "google_sql_database_instance",
      "google_sql_database",
      "google_alloydb_cluster",
      "google_alloydb_instance",
      "google_spanner_instance",
      "google_spanner_database",
      "google_bigtable_instance",
      "google_bigtable_table",
      "google_bigquery_dataset",
      "google_bigquery_table",
      "google_firestore_database",
      "google_redis_instance",
      "google_memcache_instance",
      "google_storage_bucket",
      "google_compute_disk",
      "google_compute_region_disk",
      "google_compute_snapshot",
      "google_filestore_instance",
      "google_pubsub_topic",
      "google_pubsub_subscription",
      "google_kms_key_ring",
      "google_kms_crypto_key",
      "google_dns_managed_zone",
      "google_secret_manager_secret",
      "google_artifact_registry_repository",
      "google_redis_cluster",
      "google_memorystore_instance",
      "google_logging_project_bucket_config",
      "google_healthcare_dataset",
      "google_healthcare_fhir_store",
      "google_healthcare_dicom_store",
      "google_healthcare_hl7_v2_store",
      "google_netapp_volume",
      "azurerm_mssql_database",
      "azurerm_mssql_server",
      "azurerm_sql_database",
      "azurerm_sql_server",
      "azurerm_postgresql_server",
      "azurerm_postgresql_flexible_server",
      "azurerm_postgresql_database",
      "azurerm_postgresql_flexible_server_database",
      "azurerm_mysql_server",
      "azurerm_mysql_flexible_server",
      "azurerm_mysql_database",
      "azurerm_mysql_flexible_database",
      "azurerm_cosmosdb_account",
      "azurerm_cosmosdb_*_database",
      "azurerm_cosmosdb_*_container",
      "azurerm_redis_cache",
      "azurerm_storage_account",
      "azurerm_storage_container",
      "azurerm_storage_share",
      "azurerm_managed_disk",
      "azurerm_key_vault",
      "azurerm_key_vault_key",
      "azurerm_key_vault_secret",
      "azurerm_servicebus_namespace",
      "azurerm_servicebus_queue",
      "azurerm_servicebus_topic",
      "azurerm_eventhub_namespace",
      "azurerm_eventhub",
      "azurerm_dns_zone",
      "azurerm_private_dns_zone",
      "azurerm_container_registry",
      "azurerm_log_analytics_workspace",
      "azurerm_recovery_services_vault",
      "azurerm_data_lake_store",
      "azurerm_mssql_managed_instance",
      "azurerm_mssql_managed_database",
      "azurerm_managed_redis",
      "azurerm_redis_enterprise_cluster",
      "azurerm_redis_enterprise_database",
      "azurerm_storage_table",
      "azurerm_storage_queue",
      "azurerm_storage_data_lake_gen2_filesystem",
      "azurerm_key_vault_managed_hardware_security_module",
      "azurerm_synapse_workspace",
      "azurerm_synapse_sql_pool",
      "azurerm_kusto_cluster",
      "azurerm_kusto_database",
      "azurerm_data_protection_backup_vault",
      "azurerm_netapp_volume",
      "azurerm_cosmosdb_postgresql_cluster",
      "azurerm_app_configuration",
      "kubernetes_persistent_volume",
      "kubernetes_persistent_volume_v1",
      "kubernetes_persistent_volume_claim",
      "kubernetes_persistent_volume_claim_v1",
      "kubernetes_stateful_set",
      "kubernetes_stateful_set_v1",
      "kubernetes_secret",
      "kubernetes_secret_v1",
      "kubernetes_namespace",
      "kubernetes_namespace_v1",
      "cloudflare_zone",
      "digitalocean_database_cluster",
      "digitalocean_volume",
      "digitalocean_spaces_bucket",
      "github_repository",
      "gitlab_project",
      "vault_mount",
      "tfe_workspace",
      "cloudflare_r2_bucket",
      "cloudflare_workers_kv_namespace",
      "cloudflare_d1_database",
      "mongodbatlas_cluster",
      "mongodbatlas_advanced_cluster",
      "snowflake_database",
      "snowflake_schema",
      "snowflake_table",
      "confluent_kafka_cluster",
      "confluent_kafka_topic",
      "kafka_topic",
      "postgresql_database",
      "mysql_database"
    ],
    ephemeral_types: [
      "null_resource",
      "terraform_data",
      "null_data_source",
      "random_*",
      "time_sleep",
      "time_static",
      "time_rotating",
      "time_offset",
      "local_file",
      "local_sensitive_file",
      "archive_file",
      "tls_cert_request",
      "tls_locally_signed_cert",
      "tls_self_signed_cert",
      "test_instance",
      "tfcoremock_*"
    ],
    sensitive_ports: {
      "20": "FTP data",
      "21": "FTP",
      "22": "SSH",
      "23": "Telnet",
      "25": "SMTP",
      "135": "MSRPC",
      "137": "NetBIOS",
      "139": "NetBIOS",
      "445": "SMB",
      "1433": "SQL Server",
      "1521": "Oracle",
      "2049": "NFS",
      "2375": "Docker API",
      "2376": "Docker API (TLS)",
      "2379": "etcd",
      "3306": "MySQL",
      "3389": "RDP",
      "5432": "PostgreSQL",
      "5601": "Kibana",
      "5900": "VNC",
      "5984": "CouchDB",
      "6379": "Redis",
      "6443": "Kubernetes API",
      "8020": "HDFS",
      "9042": "Cassandra",
      "9200": "Elasticsearch",
      "9300": "Elasticsearch",
      "10250": "kubelet",
      "11211": "Memcached",
      "27017": "MongoDB"
    },
    protection_attributes: [
      {
        attribute: "deletion_protection",
        unsafe: "false",
        label: "deletion protection turned off"
      },
      {
        attribute: "deletion_protection_enabled",
        unsafe: "false",
        label: "deletion protection turned off"
      },
      {
        attribute: "enable_deletion_protection",
        unsafe: "false",
        label: "deletion protection turned off"
      },
      {
        attribute: "termination_protection",
        unsafe: "false",
        label: "termination protection turned off"
      },
      {
        attribute: "disable_api_termination",
        unsafe: "false",
        label: "termination protection turned off"
      },
      {
        attribute: "prevent_destroy",
        unsafe: "false",
        label: "prevent_destroy turned off"
      },
      {
        attribute: "skip_final_snapshot",
        unsafe: "true",
        label: "final snapshot skipped on delete"
      },
      {
        attribute: "force_destroy",
        unsafe: "true",
        label: "force_destroy allows deleting a non-empty bucket/zone"
      },
      {
        attribute: "storage_encrypted",
        unsafe: "false",
        label: "storage encryption turned off"
      },
      {
        attribute: "encrypted",
        unsafe: "false",
        label: "encryption turned off"
      },
      {
        attribute: "kms_key_id",
        unsafe: "removed",
        label: "customer-managed encryption key removed"
      },
      {
        attribute: "enable_key_rotation",
        unsafe: "false",
        label: "KMS key rotation turned off"
      },
      {
        attribute: "backup_retention_period",
        unsafe: "decrease",
        label: "backup retention cut"
      },
      {
        attribute: "retention_in_days",
        unsafe: "decrease",
        label: "log retention cut"
      },
      {
        attribute: "retention_period",
        unsafe: "decrease",
        label: "retention cut"
      },
      {
        attribute: "message_retention_seconds",
        unsafe: "decrease",
        label: "message retention cut"
      },
      {
        attribute: "snapshot_retention_limit",
        unsafe: "decrease",
        label: "snapshot retention cut"
      },
      {
        attribute: "point_in_time_recovery.enabled",
        unsafe: "false",
        label: "point-in-time recovery turned off"
      },
      {
        attribute: "versioning.enabled",
        unsafe: "false",
        label: "bucket versioning turned off"
      },
      {
        attribute: "versioning_configuration.status",
        unsafe: "removed",
        label: "bucket versioning changed"
      },
      {
        attribute: "backup_configuration.enabled",
        unsafe: "false",
        label: "database backups turned off"
      },
      {
        attribute: "backup_configuration.point_in_time_recovery_enabled",
        unsafe: "false",
        label: "point-in-time recovery turned off"
      },
      {
        attribute: "soft_delete_retention_days",
        unsafe: "decrease",
        label: "soft-delete retention cut"
      },
      {
        attribute: "purge_protection_enabled",
        unsafe: "false",
        label: "purge protection turned off"
      },
      {
        attribute: "multi_az",
        unsafe: "false",
        label: "Multi-AZ turned off"
      },
      {
        attribute: "enable_logging",
        unsafe: "false",
        label: "logging turned off"
      },
      {
        attribute: "is_logging",
        unsafe: "false",
        label: "CloudTrail logging turned off"
      },
      {
        attribute: "enable_log_file_validation",
        unsafe: "false",
        label: "log file validation turned off"
      },
      {
        attribute: "uniform_bucket_level_access",
        type: "google_storage_bucket",
        unsafe: "false",
        label: "uniform bucket-level access turned off"
      },
      {
        attribute: "enable",
        type: "aws_guardduty_detector",
        unsafe: "false",
        label: "GuardDuty threat detection turned off"
      },
      {
        attribute: "is_enabled",
        type: "aws_config_configuration_recorder_status",
        unsafe: "false",
        label: "AWS Config recording turned off"
      },
      {
        attribute: "web_acl_id",
        type: "aws_cloudfront_distribution",
        unsafe: "removed",
        label: "WAF web ACL detached from the distribution"
      },
      {
        attribute: "security_policy",
        type: "google_compute*backend_service",
        unsafe: "removed",
        label: "Cloud Armor security policy detached from the backend service"
      }
    ],
    disruptive_attributes: [
      {
        type: "aws_{db_instance,rds_cluster,rds_global_cluster,docdb_cluster,neptune_cluster}",
        attribute: "engine_version",
        when: "major",
        severity: "high",
        label: "major engine upgrade in place: the database is offline while it runs, and the only rollback is a snapshot restore"
      },
      {
        type: "aws_{db_instance,rds_cluster,rds_global_cluster,docdb_cluster,neptune_cluster}",
        attribute: "engine_version",
        when: "any",
        severity: "low",
        label: "minor engine version change: a short restart"
      },
      {
        type: "aws_db_instance",
        attribute: "instance_class",
        when: "any",
        severity: "medium",
        label: "instance class change: a reboot, or a Multi-AZ failover, with minutes of unavailability"
      },
      {
        type: "aws_rds_cluster",
        attribute: "db_cluster_instance_class",
        when: "any",
        severity: "medium",
        label: "instance class change: every instance of the cluster reboots or fails over"
      },
      {
        type: "aws_{rds_cluster_instance,docdb_cluster_instance,neptune_cluster_instance}",
        attribute: "instance_class",
        when: "any",
        severity: "medium",
        label: "instance class change: this cluster member reboots (a failover if it is the writer)"
      },
      {
        type: "aws_{db_instance,rds_cluster}",
        attribute: "port",
        when: "any",
        severity: "medium",
        label: "port change: the database restarts and every client must use the new port"
      },
      {
        type: "aws_db_instance",
        attribute: "ca_cert_identifier",
        when: "any",
        severity: "medium",
        label: "CA certificate change: the instance restarts, and clients that verify against the old CA bundle fail TLS"
      },
      {
        type: "aws_{db_instance,rds_cluster}",
        attribute: "allocated_storage",
        when: "any",
        severity: "low",
        label: "storage resize: online, with degraded I/O, and no further storage change for 6 hours"
      },
      {
        type: "aws_{db_instance,rds_cluster}",
        attribute: "storage_type",
        when: "any",
        severity: "low",
        label: "storage type change: an online migration with degraded I/O that can take hours"
      },
      {
        type: "aws_{db_instance,rds_cluster}",
        attribute: "iops",
        when: "any",
        severity: "low",
        label: "provisioned IOPS change: online, with degraded I/O while it applies"
      },
      {
        type: "aws_{db_instance,rds_cluster}",
        attribute: "storage_throughput",
        when: "any",
        severity: "low",
        label: "storage throughput change: online, with degraded I/O while it applies"
      },
      {
        type: "aws_db_instance",
        attribute: "parameter_group_name",
        when: "any",
        severity: "low",
        label: "parameter group switched: static parameters take effect at the next reboot"
      },
      {
        type: "aws_rds_cluster",
        attribute: "db_cluster_parameter_group_name",
        when: "any",
        severity: "low",
        label: "cluster parameter group switched: static parameters take effect at the next reboot"
      },
      {
        type: "aws_rds_cluster",
        attribute: "serverlessv2_scaling_configuration.max_capacity",
        when: "decrease",
        severity: "low",
        label: "Aurora Serverless v2 maximum capacity lowered: less headroom under load"
      },
      {
        type: "aws_redshift_cluster",
        attribute: "node_type",
        when: "any",
        severity: "medium",
        label: "node type change: a resize with the cluster read-only or briefly unavailable"
      },
      {
        type: "aws_redshift_cluster",
        attribute: "number_of_nodes",
        when: "any",
        severity: "medium",
        label: "node count change: a resize with the cluster read-only or briefly unavailable"
      },
      {
        type: "aws_elasticache_*",
        attribute: "node_type",
        when: "any",
        severity: "medium",
        label: "node type change: nodes are replaced one by one; a cache without replicas is emptied"
      },
      {
        type: "aws_elasticache_*",
        attribute: "cache_node_type",
        when: "any",
        severity: "medium",
        label: "node type change: nodes are replaced one by one; a cache without replicas is emptied"
      },
      {
        type: "aws_elasticache_*",
        attribute: "engine_version",
        when: "any",
        severity: "medium",
        label: "cache engine upgrade: nodes restart, a cache without replicas is emptied, and there is no downgrade"
      },
      {
        type: "aws_elasticache_cluster",
        attribute: "num_cache_nodes",
        when: "decrease",
        severity: "low",
        label: "fewer cache nodes: the keys on the removed nodes are lost"
      },
      {
        type: "aws_elasticache_replication_group",
        attribute: "num_node_groups",
        when: "decrease",
        severity: "low",
        label: "fewer shards: slots migrate online and capacity drops"
      },
      {
        type: "aws_elasticache_replication_group",
        attribute: "num_cache_clusters",
        when: "decrease",
        severity: "low",
        label: "fewer replicas: less read capacity and failover headroom"
      },
      {
        type: "aws_memorydb_cluster",
        attribute: "node_type",
        when: "any",
        severity: "medium",
        label: "node type change: nodes are replaced one by one"
      },
      {
        type: "aws_memorydb_cluster",
        attribute: "engine_version",
        when: "any",
        severity: "medium",
        label: "engine upgrade: nodes restart, and there is no downgrade"
      },
      {
        type: "aws_msk_cluster",
        attribute: "kafka_version",
        when: "any",
        severity: "medium",
        label: "Kafka version upgrade: rolling broker restarts, clients reconnect, no downgrade"
      },
      {
        type: "aws_msk_cluster",
        attribute: "broker_node_group_info.instance_type",
        when: "any",
        severity: "medium",
        label: "broker instance type change: rolling broker restarts"
      },
      {
        type: "aws_mq_broker",
        attribute: "engine_version",
        when: "any",
        severity: "medium",
        label: "broker engine upgrade: the broker reboots"
      },
      {
        type: "aws_mq_broker",
        attribute: "host_instance_type",
        when: "any",
        severity: "medium",
        label: "broker instance type change: the broker reboots"
      },
      {
        type: "aws_{opensearch,elasticsearch}_domain",
        attribute: "engine_version",
        when: "any",
        severity: "medium",
        label: "engine upgrade: a blue/green migration of every shard that can take hours, with no downgrade"
      },
      {
        type: "aws_elasticsearch_domain",
        attribute: "elasticsearch_version",
        when: "any",
        severity: "medium",
        label: "engine upgrade: a blue/green migration of every shard that can take hours, with no downgrade"
      },
      {
        type: "aws_{opensearch,elasticsearch}_domain",
        attribute: "cluster_config.instance_type",
        when: "any",
        severity: "medium",
        label: "instance type change: a blue/green migration of every shard"
      },
      {
        type: "aws_{opensearch,elasticsearch}_domain",
        attribute: "cluster_config.instance_count",
        when: "decrease",
        severity: "low",
        label: "fewer data nodes: shards relocate and capacity drops"
      },
      {
        type: "aws_dynamodb_table",
        attribute: "stream_enabled",
        when: "false",
        severity: "medium",
        label: "stream turned off: consumers (Lambda triggers, replication) stop receiving changes"
      },
      {
        type: "aws_dynamodb_table",
        attribute: "stream_view_type",
        when: "any",
        severity: "medium",
        label: "stream view type change: a new stream (new ARN) replaces the old one, so consumers must be repointed"
      },
      {
        type: "aws_dynamodb_table",
        attribute: "ttl.enabled",
        when: "true",
        severity: "medium",
        label: "TTL turned on: items whose TTL attribute is already in the past are deleted"
      },
      {
        type: "aws_dynamodb_table",
        attribute: "ttl.attribute_name",
        when: "any",
        severity: "medium",
        label: "TTL attribute changed: items now expire by a different attribute"
      },
      {
        type: "aws_dynamodb_table",
        attribute: "billing_mode",
        when: "any",
        severity: "low",
        label: "billing mode switch: it can be switched back only once every 24 hours"
      },
      {
        type: "aws_kinesis_stream",
        attribute: "shard_count",
        when: "decrease",
        severity: "low",
        label: "fewer shards: less throughput, producers may be throttled"
      },
      {
        type: "aws_{db_instance,rds_cluster,docdb_cluster,neptune_cluster,redshift_cluster}",
        attribute: "vpc_security_group_ids",
        when: "decrease",
        severity: "medium",
        label: "security group removed from the database: clients admitted only through it lose their connections"
      },
      {
        type: "aws_{elasticache_cluster,elasticache_replication_group,memorydb_cluster}",
        attribute: "security_group_ids",
        when: "decrease",
        severity: "medium",
        label: "security group removed from the cache: clients admitted only through it lose their connections"
      },
      {
        type: "aws_{opensearch,elasticsearch}_domain",
        attribute: "vpc_options.security_group_ids",
        when: "decrease",
        severity: "medium",
        label: "security group removed from the search domain: clients admitted only through it lose their connections"
      },
      {
        type: "aws_s3_bucket_lifecycle_configuration",
        attribute: "rule.expiration.days",
        when: "decrease",
        severity: "medium",
        label: "objects expire sooner: the ones now past the new age are deleted"
      },
      {
        type: "aws_s3_bucket_lifecycle_configuration",
        attribute: "rule.noncurrent_version_expiration.noncurrent_days",
        when: "decrease",
        severity: "medium",
        label: "old object versions expire sooner: the ones now past the new age are deleted"
      },
      {
        type: "aws_ecs_service",
        attribute: "desired_count",
        when: "to_zero",
        severity: "high",
        label: "scaled to zero: the service stops serving"
      },
      {
        type: "aws_ecs_service",
        attribute: "deployment_minimum_healthy_percent",
        when: "to_zero",
        severity: "low",
        label: "minimum healthy percent 0: a deployment may stop every task before new ones start"
      },
      {
        type: "aws_autoscaling_group",
        attribute: "desired_capacity",
        when: "to_zero",
        severity: "high",
        label: "scaled to zero: every instance in the group is terminated"
      },
      {
        type: "aws_autoscaling_group",
        attribute: "max_size",
        when: "to_zero",
        severity: "high",
        label: "maximum size 0: every instance in the group is terminated"
      },
      {
        type: "aws_appautoscaling_target",
        attribute: "max_capacity",
        when: "to_zero",
        severity: "high",
        label: "maximum capacity 0: the scaled service is taken down to nothing"
      },
      {
        type: "aws_eks_node_group",
        attribute: "scaling_config.desired_size",
        when: "to_zero",
        severity: "high",
        label: "node group scaled to zero: every node is drained and terminated"
      },
      {
        type: "aws_eks_node_group",
        attribute: "scaling_config.max_size",
        when: "to_zero",
        severity: "high",
        label: "node group maximum size 0: every node is drained and terminated"
      },
      {
        type: "kubernetes_{deployment,stateful_set}*",
        attribute: "spec.replicas",
        when: "to_zero",
        severity: "high",
        label: "scaled to zero replicas: the workload stops serving"
      },
      {
        type: "kubernetes_manifest",
        attribute: "manifest.spec.replicas",
        when: "to_zero",
        severity: "high",
        label: "scaled to zero replicas: the workload stops serving"
      },
      {
        type: "google_container_node_pool",
        attribute: "node_count",
        when: "to_zero",
        severity: "high",
        label: "node pool scaled to zero: every node is drained and deleted"
      },
      {
        type: "google_container_node_pool",
        attribute: "autoscaling.max_node_count",
        when: "to_zero",
        severity: "high",
        label: "node pool maximum 0: every node is drained and deleted"
      },
      {
        type: "google_container_node_pool",
        attribute: "autoscaling.total_max_node_count",
        when: "to_zero",
        severity: "high",
        label: "node pool maximum 0: every node is drained and deleted"
      },
      {
        type: "google_compute_*instance_group_manager",
        attribute: "target_size",
        when: "to_zero",
        severity: "high",
        label: "instance group scaled to zero: every VM is deleted"
      },
      {
        type: "azurerm_kubernetes_cluster_node_pool",
        attribute: "node_count",
        when: "to_zero",
        severity: "high",
        label: "node pool scaled to zero: every node is drained and deleted"
      },
      {
        type: "azurerm_*virtual_machine_scale_set",
        attribute: "instances",
        when: "to_zero",
        severity: "high",
        label: "scale set scaled to zero: every VM is deleted"
      },
      {
        type: "aws_lambda_function",
        attribute: "reserved_concurrent_executions",
        when: "to_zero",
        severity: "high",
        label: "reserved concurrency 0: every invocation is throttled, the function is effectively off"
      },
      {
        type: "aws_eks_cluster",
        attribute: "version",
        when: "any",
        severity: "medium",
        label: "EKS control-plane upgrade: one-way, and APIs removed in the new version stop working"
      },
      {
        type: "aws_eks_node_group",
        attribute: "version",
        when: "any",
        severity: "medium",
        label: "node group Kubernetes upgrade: every node is drained and replaced"
      },
      {
        type: "aws_eks_node_group",
        attribute: "release_version",
        when: "any",
        severity: "low",
        label: "node image release change: nodes are drained and replaced one by one"
      },
      {
        type: "aws_eks_addon",
        attribute: "addon_version",
        when: "any",
        severity: "low",
        label: "add-on version change: its pods (CNI, DNS, proxy...) roll"
      },
      {
        type: "google_container_cluster",
        attribute: "min_master_version",
        when: "any",
        severity: "medium",
        label: "GKE control-plane upgrade: one-way, and APIs removed in the new version stop working"
      },
      {
        type: "google_container_cluster",
        attribute: "node_version",
        when: "any",
        severity: "medium",
        label: "GKE node upgrade: every node is drained and recreated"
      },
      {
        type: "google_container_node_pool",
        attribute: "version",
        when: "any",
        severity: "medium",
        label: "node pool Kubernetes upgrade: every node is drained and recreated"
      },
      {
        type: "google_container_node_pool",
        attribute: "node_config.machine_type",
        when: "any",
        severity: "medium",
        label: "machine type change: every node in the pool is recreated"
      },
      {
        type: "azurerm_kubernetes_cluster",
        attribute: "kubernetes_version",
        when: "any",
        severity: "medium",
        label: "AKS control-plane upgrade: one-way, and APIs removed in the new version stop working"
      },
      {
        type: "azurerm_kubernetes_cluster",
        attribute: "default_node_pool.orchestrator_version",
        when: "any",
        severity: "medium",
        label: "system node pool upgrade: every node is drained and reimaged"
      },
      {
        type: "azurerm_kubernetes_cluster",
        attribute: "default_node_pool.vm_size",
        when: "any",
        severity: "medium",
        label: "system node pool VM size change: every node is rotated"
      },
      {
        type: "azurerm_kubernetes_cluster_node_pool",
        attribute: "orchestrator_version",
        when: "any",
        severity: "medium",
        label: "node pool upgrade: every node is drained and reimaged"
      },
      {
        type: "azurerm_kubernetes_cluster_node_pool",
        attribute: "vm_size",
        when: "any",
        severity: "medium",
        label: "node pool VM size change: every node is rotated"
      },
      {
        type: "aws_kms_key",
        attribute: "is_enabled",
        when: "false",
        severity: "high",
        label: "key disabled: everything encrypted with it (databases, buckets, volumes, secrets) becomes unreadable until it is re-enabled"
      },
      {
        type: "aws_kms_replica_key",
        attribute: "enabled",
        when: "false",
        severity: "high",
        label: "replica key disabled: everything encrypted with it in this region becomes unreadable"
      },
      {
        type: "google_kms_crypto_key_version",
        attribute: "state",
        when: "false",
        severity: "high",
        label: "key version disabled or scheduled for destruction: data encrypted with it becomes unreadable"
      },
      {
        type: "aws_cloudfront_distribution",
        attribute: "enabled",
        when: "false",
        severity: "high",
        label: "distribution disabled: every request to it fails"
      },
      {
        type: "aws_globalaccelerator_accelerator",
        attribute: "enabled",
        when: "false",
        severity: "high",
        label: "accelerator disabled: its static IPs stop accepting traffic"
      },
      {
        type: "azurerm_cdn_frontdoor_endpoint",
        attribute: "enabled",
        when: "false",
        severity: "high",
        label: "Front Door endpoint disabled: every request to it fails"
      },
      {
        type: "azurerm_{linux,windows}_{web,function}_app",
        attribute: "enabled",
        when: "false",
        severity: "high",
        label: "app disabled: it stops serving"
      },
      {
        type: "google_sql_database_instance",
        attribute: "settings.activation_policy",
        when: "false",
        severity: "high",
        label: "instance stopped (activation policy NEVER): the database is down"
      },
      {
        type: "aws_cloudfront_distribution",
        attribute: "origin.domain_name",
        when: "any",
        severity: "medium",
        label: "origin repointed: the CDN fetches content from a different backend"
      },
      {
        type: "aws_cloudfront_distribution",
        attribute: "default_cache_behavior.target_origin_id",
        when: "any",
        severity: "medium",
        label: "default behaviour switched to another origin"
      },
      {
        type: "aws_cloudfront_distribution",
        attribute: "aliases",
        when: "decrease",
        severity: "medium",
        label: "alternate domain name removed: requests for that hostname are refused"
      },
      {
        type: "aws_cloudfront_distribution",
        attribute: "viewer_certificate.acm_certificate_arn",
        when: "any",
        severity: "low",
        label: "certificate swap: a wrong certificate breaks TLS for its hostnames"
      },
      {
        type: "aws_{lb,alb}_listener",
        attribute: "port",
        when: "any",
        severity: "medium",
        label: "listener port change: clients on the old port are refused"
      },
      {
        type: "aws_{lb,alb}_listener",
        attribute: "protocol",
        when: "any",
        severity: "medium",
        label: "listener protocol change: clients using the old protocol fail"
      },
      {
        type: "aws_{lb,alb}_listener",
        attribute: "default_action",
        when: "any",
        severity: "medium",
        label: "default action change: traffic goes to a different target, redirect or fixed response"
      },
      {
        type: "aws_{lb,alb}_listener",
        attribute: "certificate_arn",
        when: "any",
        severity: "low",
        label: "certificate swap: a wrong certificate breaks TLS for its hostnames"
      },
      {
        type: "aws_{lb,alb}_listener",
        attribute: "ssl_policy",
        when: "any",
        severity: "low",
        label: "TLS policy change: clients without the required protocols or ciphers fail the handshake"
      },
      {
        type: "aws_{lb,alb}_listener_rule",
        attribute: "action",
        when: "any",
        severity: "medium",
        label: "rule action change: matching requests go to a different target"
      },
      {
        type: "aws_{lb,alb}_target_group",
        attribute: "health_check.path",
        when: "any",
        severity: "low",
        label: "health check path change: a wrong path marks every target unhealthy"
      },
      {
        type: "aws_{lb,alb}_target_group",
        attribute: "health_check.matcher",
        when: "any",
        severity: "low",
        label: "health check matcher change: a wrong code marks every target unhealthy"
      },
      {
        type: "azurerm_cdn_frontdoor_origin",
        attribute: "host_name",
        when: "any",
        severity: "medium",
        label: "origin repointed: Front Door sends traffic to a different backend"
      },
      {
        type: "azurerm_cdn_frontdoor_origin",
        attribute: "enabled",
        when: "false",
        severity: "medium",
        label: "origin disabled: its share of traffic moves to the other origins, or fails if there are none"
      },
      {
        type: "aws_route",
        attribute: "gateway_id",
        when: "any",
        severity: "medium",
        label: "route target changed: traffic to this destination goes through a different gateway"
      },
      {
        type: "aws_route",
        attribute: "nat_gateway_id",
        when: "any",
        severity: "medium",
        label: "route target changed: traffic to this destination goes through a different NAT gateway"
      },
      {
        type: "aws_route",
        attribute: "transit_gateway_id",
        when: "any",
        severity: "medium",
        label: "route target changed: traffic to this destination goes through a different transit gateway"
      },
      {
        type: "aws_route",
        attribute: "network_interface_id",
        when: "any",
        severity: "medium",
        label: "route target changed: traffic to this destination goes through a different network interface"
      },
      {
        type: "aws_route",
        attribute: "vpc_peering_connection_id",
        when: "any",
        severity: "medium",
        label: "route target changed: traffic to this destination goes through a different peering connection"
      },
      {
        type: "aws_route",
        attribute: "vpc_endpoint_id",
        when: "any",
        severity: "medium",
        label: "route target changed: traffic to this destination goes through a different VPC endpoint"
      },
      {
        type: "aws_route_table",
        attribute: "route",
        when: "decrease",
        severity: "medium",
        label: "route removed or changed: traffic to that destination takes another path or is dropped"
      },
      {
        type: "aws_instance",
        attribute: "instance_type",
        when: "any",
        severity: "low",
        label: "instance type change: the instance is stopped and started"
      },
      {
        type: "aws_instance",
        attribute: "ami",
        when: "any",
        severity: "low",
        label: "AMI change"
      },
      {
        type: "aws_instance",
        attribute: "user_data",
        when: "any",
        severity: "low",
        label: "user data change: the instance is stopped and started to apply it"
      },
      {
        type: "aws_ec2_instance_state",
        attribute: "state",
        when: "false",
        severity: "medium",
        label: "instance stopped"
      },
      {
        type: "google_compute_instance",
        attribute: "machine_type",
        when: "any",
        severity: "low",
        label: "machine type change: the VM is stopped and started"
      },
      {
        type: "google_compute_instance",
        attribute: "desired_status",
        when: "false",
        severity: "medium",
        label: "VM stopped or suspended"
      },
      {
        type: "azurerm_{linux,windows}_virtual_machine",
        attribute: "size",
        when: "any",
        severity: "low",
        label: "VM size change: the VM restarts"
      },
      {
        type: "azurerm_virtual_machine",
        attribute: "vm_size",
        when: "any",
        severity: "low",
        label: "VM size change: the VM restarts"
      },
      {
        type: "aws_lambda_function",
        attribute: "runtime",
        when: "any",
        severity: "low",
        label: "runtime change: the code must be compatible with the new runtime"
      },
      {
        type: "aws_lambda_function",
        attribute: "architectures",
        when: "any",
        severity: "low",
        label: "architecture change: native dependencies must be built for it"
      },
      {
        type: "aws_lambda_event_source_mapping",
        attribute: "enabled",
        when: "false",
        severity: "medium",
        label: "event source disabled: messages or records pile up unprocessed and may expire"
      },
      {
        type: "aws_cloudwatch_event_rule",
        attribute: "is_enabled",
        when: "false",
        severity: "medium",
        label: "rule disabled: the schedule or events it drives stop"
      },
      {
        type: "aws_cloudwatch_event_rule",
        attribute: "state",
        when: "false",
        severity: "medium",
        label: "rule disabled: the schedule or events it drives stop"
      },
      {
        type: "aws_scheduler_schedule",
        attribute: "state",
        when: "false",
        severity: "medium",
        label: "schedule disabled: the jobs it drives stop"
      },
      {
        type: "aws_cloudwatch_metric_alarm",
        attribute: "actions_enabled",
        when: "false",
        severity: "low",
        label: "alarm actions turned off: the alarm no longer pages or scales anything"
      },
      {
        type: "google_sql_database_instance",
        attribute: "database_version",
        when: "major",
        severity: "high",
        label: "major engine upgrade in place: the database is offline while it runs, and the only rollback is a backup restore"
      },
      {
        type: "google_sql_database_instance",
        attribute: "database_version",
        when: "any",
        severity: "low",
        label: "minor engine version change: a short restart"
      },
      {
        type: "google_sql_database_instance",
        attribute: "settings.tier",
        when: "any",
        severity: "medium",
        label: "machine tier change: the instance restarts (minutes of downtime)"
      },
      {
        type: "google_sql_database_instance",
        attribute: "settings.availability_type",
        when: "any",
        severity: "low",
        label: "availability type change: high availability is added or removed, with a restart"
      },
      {
        type: "google_alloydb_instance",
        attribute: "machine_config.cpu_count",
        when: "any",
        severity: "medium",
        label: "machine size change: the instance restarts"
      },
      {
        type: "google_redis_instance",
        attribute: "redis_version",
        when: "any",
        severity: "medium",
        label: "Redis version upgrade: a failover (Standard tier) or a flush and restart (Basic tier), with no downgrade"
      },
      {
        type: "google_redis_instance",
        attribute: "memory_size_gb",
        when: "any",
        severity: "low",
        label: "capacity change: online on Standard tier; a Basic-tier cache is flushed"
      },
      {
        type: "azurerm_{postgresql,mysql}_flexible_server",
        attribute: "version",
        when: "major",
        severity: "high",
        label: "major engine upgrade in place: the server is offline while it runs, and the only rollback is a backup restore"
      },
      {
        type: "azurerm_{postgresql,mysql}_flexible_server",
        attribute: "version",
        when: "any",
        severity: "low",
        label: "minor engine version change: a short restart"
      },
      {
        type: "azurerm_{postgresql,mysql}_flexible_server",
        attribute: "sku_name",
        when: "any",
        severity: "medium",
        label: "compute SKU change: the server restarts (minutes of downtime)"
      },
      {
        type: "azurerm_{postgresql,mysql}_flexible_server",
        attribute: "storage_mb",
        when: "any",
        severity: "low",
        label: "storage resize"
      },
      {
        type: "azurerm_{postgresql,mysql,mariadb}_server",
        attribute: "sku_name",
        when: "any",
        severity: "medium",
        label: "compute SKU change: the server restarts (minutes of downtime)"
      },
      {
        type: "azurerm_mssql_database",
        attribute: "sku_name",
        when: "any",
        severity: "low",
        label: "service tier change: an online scale with a brief disconnect at the end"
      },
      {
        type: "azurerm_redis_cache",
        attribute: "sku_name",
        when: "any",
        severity: "medium",
        label: "cache SKU change: a Basic-tier cache goes offline and loses its data"
      },
      {
        type: "azurerm_redis_cache",
        attribute: "capacity",
        when: "any",
        severity: "medium",
        label: "cache size change: a Basic-tier cache goes offline and loses its data"
      }
    ],
    security_attributes: [
      "policy",
      "assume_role_policy",
      "inline_policy",
      "policy_data",
      "policy_arn",
      "role",
      "members",
      "member",
      "cidr_blocks",
      "ipv6_cidr_blocks",
      "cidr_ipv4",
      "cidr_ipv6",
      "source_ranges",
      "source_address_prefix",
      "source_address_prefixes",
      "principals",
      "principal_id",
      "role_definition_name",
      "role_definition_id",
      "scope",
      "publicly_accessible",
      "acl",
      "ingress",
      "egress",
      "security_rule",
      "managed_policy_arns",
      "permissions_boundary",
      "principal",
      "source_arn",
      "access_policies",
      "policy_document",
      "role_entity"
    ]
  },
  defaults: {
    rules_only_approval: true,
    thresholds: {
      mass_delete: 10
    },
    allow: {
      tags_only: true,
      image_digest: true,
      counts: [
        {
          type: "aws_ecs_service",
          attribute: "desired_count",
          min: 1,
          max: 50
        },
        {
          type: "aws_autoscaling_group",
          attribute: "desired_capacity",
          min: 1,
          max: 100
        },
        {
          type: "aws_autoscaling_group",
          attribute: "max_size",
          min: 1,
          max: 100
        },
        {
          type: "aws_autoscaling_group",
          attribute: "min_size",
          min: 0,
          max: 100
        },
        {
          type: "google_container_node_pool",
          attribute: "node_count",
          min: 1,
          max: 100
        },
        {
          type: "kubernetes_deployment*",
          attribute: "spec.replicas",
          min: 1,
          max: 50
        }
      ]
    },
    llm: {
      enabled: true,
      provider: "anthropic",
      model: "claude-sonnet-5-5",
      effort: "medium",
      timeout_seconds: 120,
      max_retries: 2,
      max_input_tokens: 6e4,
      max_output_tokens: 16e3,
      samples: 1,
      price_per_mtok: {
        "claude-sonnet-5-5": {
          input: 2,
          output: 10
        },
        "claude-opus-5-5": {
          input: 4,
          output: 20
        },
        "claude-haiku-5-5": {
          input: 0.1,
          output: 0.5
        },
        "claude-sonnet-4-6": {
          input: 3,
          output: 15
        },
        "claude-haiku-4-5": {
          input: 1,
          output: 5
        }
      }
    }
  },
  environments: {
    production: {
      match: {
        names: [
          "prod",
          "prod-*",
          "prd*",
          "production*",
          "live"
        ],
        paths: [
          "**/prod/**",
          "**/production/**",
          "**/prod-*/**",
          "**/*prod*.json"
        ],
        workspaces: [
          "prod*",
          "production*"
        ]
      }
    },
    staging: {
      match: {
        names: [
          "stag*",
          "stg*",
          "preprod*",
          "uat*",
          "qa*"
        ],
        paths: [
          "**/staging/**",
          "**/stage/**",
          "**/stg/**",
          "**/qa/**"
        ],
        workspaces: [
          "stag*",
          "stg*",
          "qa*"
        ]
      }
    },
    development: {
      match: {
        names: [
          "dev*",
          "sandbox*",
          "test*",
          "ephemeral*",
          "preview*",
          "feature-*"
        ],
        paths: [
          "**/dev/**",
          "**/development/**",
          "**/sandbox/**"
        ],
        workspaces: [
          "dev*",
          "sandbox*",
          "test*",
          "preview*"
        ]
      },
      overrides: [
        {
          rule: "delete",
          severity: "low",
          reason: "deletes are routine in development"
        },
        {
          rule: "replace",
          severity: "low",
          reason: "replacements are routine in development"
        },
        {
          rule: "mass-delete",
          severity: "medium",
          reason: "teardown of a dev stack"
        },
        {
          rule: "stateful-replace",
          severity: "medium",
          reason: "development data is disposable"
        },
        {
          rule: "disruptive-update",
          severity: "low",
          reason: "downtime in development is routine"
        },
        {
          rule: "dns-change",
          severity: "low",
          reason: "development DNS carries no customer traffic"
        }
      ]
    }
  }
};

// src/policy/schema.ts
var severity = external_exports.enum(SEVERITIES);
var ruleId = external_exports.enum(RULE_IDS);
var glob = external_exports.string().min(1);
var overrideSchema = external_exports.strictObject({
  rule: ruleId.optional().describe("Rule id this override applies to (any rule when absent)."),
  type: glob.optional().describe('minimatch glob on the resource type, e.g. "aws_db_*".'),
  address: glob.optional().describe("minimatch glob on the resource address."),
  severity: severity.describe("Severity to use instead of the rule severity."),
  reason: external_exports.string().optional().describe("Why; shown in the report.")
}).refine((o) => o.rule ?? o.type ?? o.address, {
  message: "an override needs at least one of rule, type or address"
});
var countBoundSchema = external_exports.strictObject({
  type: glob.describe('Resource type glob, e.g. "aws_ecs_service".'),
  attribute: external_exports.string().min(1).describe('Top-level numeric attribute, e.g. "desired_count".'),
  min: external_exports.number().optional(),
  max: external_exports.number().optional()
});
var reviewersSchema = external_exports.strictObject({
  users: external_exports.array(external_exports.string().min(1)).default([]),
  teams: external_exports.array(external_exports.string().min(1)).default([])
});
var llmSettingsSchema = external_exports.strictObject({
  enabled: external_exports.boolean().describe("Ask the model at all (when a key or provider is configured)."),
  provider: external_exports.enum(["anthropic", "bedrock", "vertex"]),
  model: external_exports.string().min(1),
  effort: external_exports.enum(["low", "medium", "high"]),
  timeout_seconds: external_exports.number().positive().max(600),
  max_retries: external_exports.number().int().min(0).max(10),
  max_input_tokens: external_exports.number().int().positive(),
  max_output_tokens: external_exports.number().int().positive(),
  samples: external_exports.number().int().min(1).max(5).describe("k samples that must all say no concerns."),
  price_per_mtok: external_exports.record(external_exports.string(), external_exports.strictObject({ input: external_exports.number().min(0), output: external_exports.number().min(0) })).describe("USD per million tokens by model id, for the cost in the report.")
});
var settingsSchema = external_exports.strictObject({
  rules_only_approval: external_exports.boolean().optional().describe("Approve low/info plans without a model verdict (when no model is configured)."),
  thresholds: external_exports.strictObject({
    mass_delete: external_exports.number().int().min(1).describe("Deletes in one plan that make mass-delete.")
  }).partial().optional(),
  overrides: external_exports.array(overrideSchema).optional().describe("Severity re-maps; the last match wins."),
  allow: external_exports.strictObject({
    tags_only: external_exports.boolean().describe("Updates that change only tags/labels are boring."),
    image_digest: external_exports.boolean().describe("Changing only a container image tag/digest is boring."),
    counts: external_exports.array(countBoundSchema).describe("Count changes within bounds are boring.")
  }).partial().optional(),
  reviewers: external_exports.partialRecord(external_exports.union([ruleId, external_exports.literal("*")]), reviewersSchema).optional().describe('Who to request per rule that fired; "*" for any flagged plan.'),
  llm: llmSettingsSchema.partial().optional()
});
var environmentSchema = settingsSchema.extend({
  match: external_exports.strictObject({
    names: external_exports.array(glob).describe("Globs on the explicit environment name."),
    paths: external_exports.array(glob).describe("Globs on the plan file path."),
    workspaces: external_exports.array(glob).describe("Globs on the Terraform workspace.")
  }).partial().optional()
});
var catalogueSchema = external_exports.strictObject({
  stateful_types: external_exports.array(glob).describe("Types that hold data a delete or replace loses."),
  ephemeral_types: external_exports.array(glob).describe("Types whose delete or replace loses nothing."),
  sensitive_ports: external_exports.record(external_exports.string().regex(/^\d+$/, "a port number"), external_exports.string()).describe("Ports that must never face the internet, with a label."),
  protection_attributes: external_exports.array(
    external_exports.strictObject({
      attribute: external_exports.string().min(1).describe('Attribute path, dotted, e.g. "versioning.enabled".'),
      type: glob.optional(),
      unsafe: external_exports.enum(["false", "true", "decrease", "removed"]).describe("Which change removes the protection."),
      label: external_exports.string().min(1)
    })
  ).describe("Attributes whose change removes a safety net."),
  disruptive_attributes: external_exports.array(
    external_exports.strictObject({
      type: glob.describe("Resource type glob."),
      attribute: external_exports.string().min(1).describe('Attribute path, dotted, e.g. "engine_version".'),
      when: external_exports.enum(["any", "decrease", "to_zero", "false", "true", "major"]).describe(
        "Which change disrupts: any change, a decrease (for a list: an element went away), a drop to 0, true\u2192false, false\u2192true, a major version change."
      ),
      severity,
      label: external_exports.string().min(1).describe("What happens, for the message.")
    })
  ).describe("In-place updates that cause downtime or risk data (disruptive-update)."),
  security_attributes: external_exports.array(external_exports.string().min(1)).describe("Attribute names that are security-relevant when unknown until apply.")
});
var policySchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  version: external_exports.literal(1),
  extends: external_exports.enum(["default", "none"]).optional().describe("Start from the built-in default policy (default) or from nothing."),
  catalogue: catalogueSchema.partial().optional(),
  defaults: settingsSchema.optional(),
  environments: external_exports.record(external_exports.string().min(1), environmentSchema).optional()
});

// src/policy/load.ts
var UNKNOWN_ENVIRONMENT = "production";
var PolicyError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PolicyError";
  }
};
function allowedKeysAt(path2) {
  let node = policySchema;
  const unwrap = (n2) => {
    let cur = n2;
    for (let i = 0; i < 10 && cur?.def; i++) {
      const t = cur.def.type;
      if (t === "optional" || t === "default" || t === "nullable")
        cur = cur.def.innerType;
      else if (t === "pipe") cur = cur.def.in;
      else break;
    }
    return cur;
  };
  for (const key of path2) {
    const n2 = unwrap(node);
    if (n2?.def?.type === "object" && n2.shape) node = n2.shape[String(key)];
    else if (n2?.def?.type === "record") node = n2.def.valueType;
    else if (n2?.def?.type === "array") node = n2.def.element;
    else return [];
  }
  const n = unwrap(node);
  return n?.def?.type === "object" && n.shape ? Object.keys(n.shape) : [];
}
function describeIssue(issue) {
  const path2 = issue.path.map((p) => typeof p === "number" ? `[${p}]` : String(p)).join(".").replace(/\.\[/g, "[");
  const at = path2 === "" ? "top level" : path2;
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeysAt(issue.path);
    return `${at}: unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}${allowed.length ? ` (allowed: ${allowed.join(", ")})` : ""}`;
  }
  if (issue.code === "invalid_value") {
    return `${at}: ${JSON.stringify(issue.input)} is not allowed (allowed: ${issue.values.map((v) => String(v)).join(", ")})`;
  }
  if (issue.code === "invalid_key") {
    return `${at}: invalid key: ${issue.issues.map((i) => i.message).join("; ")}`;
  }
  if (issue.code === "invalid_union") {
    return `${at}: ${issue.message}`;
  }
  return `${at}: ${issue.message}`;
}
function parsePolicyText(text2, source) {
  const doc = (0, import_yaml.parseDocument)(text2, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0];
    throw new PolicyError(
      `${source}${line ? `:${line.line}:${line.col}` : ""}: not valid YAML: ${first?.message.split("\n")[0] ?? "parse error"}`
    );
  }
  const json = doc.toJS() ?? {};
  const result = policySchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    const details = result.error.issues.slice(0, 5).map(describeIssue).join("; ");
    throw new PolicyError(`${source}: invalid policy: ${details}`);
  }
  return result.data;
}
function uniq(items) {
  return [...new Set(items)];
}
function mergeSettings(base, top) {
  const b = base ?? {};
  const t = top ?? {};
  return {
    ...b,
    ...t,
    thresholds: { ...b.thresholds, ...t.thresholds },
    overrides: [...b.overrides ?? [], ...t.overrides ?? []],
    allow: { ...b.allow, ...t.allow },
    reviewers: { ...b.reviewers, ...t.reviewers },
    llm: { ...b.llm, ...t.llm }
  };
}
function mergePolicies(base, top) {
  if (top.extends === "none") return top;
  const bc = base.catalogue ?? {};
  const tc = top.catalogue ?? {};
  const environments = {};
  for (const [name, env] of Object.entries(top.environments ?? {})) {
    const baseEnv = base.environments?.[name];
    environments[name] = { ...mergeSettings(baseEnv, env), match: env.match ?? baseEnv?.match };
  }
  for (const [name, env] of Object.entries(base.environments ?? {})) {
    if (!(name in environments)) environments[name] = env;
  }
  return {
    version: 1,
    catalogue: {
      stateful_types: uniq([...bc.stateful_types ?? [], ...tc.stateful_types ?? []]),
      ephemeral_types: uniq([...bc.ephemeral_types ?? [], ...tc.ephemeral_types ?? []]),
      sensitive_ports: { ...bc.sensitive_ports, ...tc.sensitive_ports },
      protection_attributes: [
        ...bc.protection_attributes ?? [],
        ...tc.protection_attributes ?? []
      ],
      security_attributes: uniq([
        ...bc.security_attributes ?? [],
        ...tc.security_attributes ?? []
      ]),
      disruptive_attributes: [
        ...bc.disruptive_attributes ?? [],
        ...tc.disruptive_attributes ?? []
      ]
    },
    defaults: mergeSettings(base.defaults, top.defaults),
    environments
  };
}
function typeMatcher(globs) {
  const cache = /* @__PURE__ */ new Map();
  return (type) => {
    let hit = cache.get(type);
    if (hit === void 0) {
      hit = globs.some((g) => minimatch(type, g));
      cache.set(type, hit);
    }
    return hit;
  };
}
function compileCatalogue(doc) {
  const c = doc.catalogue ?? {};
  const protectionAttributes = (c.protection_attributes ?? []).map((p) => ({
    attribute: p.attribute,
    type: p.type,
    unsafe: p.unsafe,
    label: p.label
  }));
  return {
    isStateful: typeMatcher(c.stateful_types ?? []),
    isEphemeral: typeMatcher(c.ephemeral_types ?? []),
    sensitivePorts: new Map(
      Object.entries(c.sensitive_ports ?? {}).map(([port, label2]) => [Number(port), label2])
    ),
    protectionAttributes,
    securityAttributes: new Set(c.security_attributes ?? []),
    disruptiveAttributes: (c.disruptive_attributes ?? []).map((d) => ({
      ...d,
      matchesType: typeMatcher([d.type])
    }))
  };
}
var HARD_DEFAULTS = {
  massDeleteThreshold: 10,
  llm: {
    enabled: true,
    provider: "anthropic",
    model: "claude-sonnet-5-5",
    effort: "medium",
    timeout_seconds: 120,
    max_retries: 2,
    max_input_tokens: 6e4,
    max_output_tokens: 16e3,
    samples: 1,
    price_per_mtok: {}
  }
};
function resolveSettings(name, s) {
  return {
    name,
    // Without an explicit yes, rules-only approval is off: the safe reading of a silent policy.
    rulesOnlyApproval: s.rules_only_approval ?? false,
    massDeleteThreshold: s.thresholds?.mass_delete ?? HARD_DEFAULTS.massDeleteThreshold,
    overrides: s.overrides ?? [],
    allowTagsOnly: s.allow?.tags_only ?? false,
    allowImageDigest: s.allow?.image_digest ?? false,
    allowCounts: s.allow?.counts ?? [],
    reviewers: s.reviewers ?? {},
    llm: { ...HARD_DEFAULTS.llm, ...s.llm }
  };
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
var matchAny = (value, globs) => value !== void 0 && value !== "" && (globs ?? []).some((g) => minimatch(value, g, { nocase: true, dot: true }));
function compilePolicy(document, source) {
  const catalogue = compileCatalogue(document);
  const envs = Object.entries(document.environments ?? {});
  const cache = /* @__PURE__ */ new Map();
  const settingsNamed = (name) => {
    let s = cache.get(name);
    if (!s) {
      s = resolveSettings(name, mergeSettings(document.defaults, document.environments?.[name]));
      cache.set(name, s);
    }
    return s;
  };
  return {
    source,
    digest: createHash("sha256").update(canonicalJson(document)).digest("hex"),
    document,
    catalogue,
    environmentNames: envs.map(([name]) => name),
    settingsFor(planFile, selector) {
      const wanted = selector.name?.trim();
      if (wanted) {
        const byName = envs.find(([name]) => name.toLowerCase() === wanted.toLowerCase()) ?? envs.find(([, env]) => matchAny(wanted, env.match?.names));
        return settingsNamed(byName ? byName[0] : UNKNOWN_ENVIRONMENT);
      }
      const normalised = planFile.replace(/\\/g, "/");
      const found = envs.find(([, env]) => matchAny(selector.workspace, env.match?.workspaces)) ?? envs.find(([, env]) => matchAny(normalised, env.match?.paths));
      return settingsNamed(found ? found[0] : UNKNOWN_ENVIRONMENT);
    }
  };
}
var defaultDocument;
function defaultPolicyDocument() {
  if (defaultDocument === void 0) {
    const result = policySchema.safeParse(default_policy_generated_default, { reportInput: true });
    if (!result.success) {
      const details = result.error.issues.slice(0, 5).map(describeIssue).join("; ");
      throw new PolicyError(`policies/default.yml: invalid policy: ${details}`);
    }
    defaultDocument = result.data;
  }
  return defaultDocument;
}
function loadPolicy(text2, source = "built-in default") {
  const base = defaultPolicyDocument();
  if (text2 === void 0) return compilePolicy(mergePolicies(base, { version: 1 }), source);
  return compilePolicy(mergePolicies(base, parsePolicyText(text2, source)), source);
}

// src/decision.ts
function riskOf(findings) {
  let risk = "none";
  for (const f of findings)
    if (risk === "none" || severityRank(f.severity) > severityRank(risk)) risk = f.severity;
  return risk;
}
var cite = (f) => f.address ? `${f.rule} on ${f.address}` : f.rule;
function listFindings(findings, max = 5) {
  const shown = findings.slice(0, max).map(cite).join("; ");
  return findings.length > max ? `${shown}; and ${findings.length - max} more` : shown;
}
function decide(input) {
  const { findings, environments, model } = input;
  const risk = riskOf(findings);
  const reasons = [];
  let approvable = true;
  const humanTier = findings.filter((f) => isHumanTier(f.severity));
  if (humanTier.length > 0) {
    approvable = false;
    reasons.push(
      `${humanTier.length} finding(s) at high or critical severity need a human: ${listFindings(humanTier)}.`
    );
  }
  const medium = findings.filter((f) => f.severity === "medium");
  if (model.asked) {
    const o = model.outcome;
    if (o.status === "failed") {
      approvable = false;
      reasons.push(
        `The model verdict is unavailable, so a human must review: ${o.reasons.join(" ") || "unknown error."}`
      );
    } else if (o.verdict === "needs_human") {
      approvable = false;
      const concerns = o.concerns.length;
      reasons.push(
        `The model (${o.model}) asks for a human${concerns ? ` with ${concerns} concern(s)` : ""}${o.injectionSuspected ? "; it suspects an attempt to instruct it from the plan or PR" : ""}.`
      );
      for (const r of o.reasons) reasons.push(r);
    } else if (medium.length > 0 && humanTier.length === 0) {
      reasons.push(
        `The model (${o.model}) found no concerns with ${medium.length} medium finding(s): ${listFindings(medium)}.`
      );
    } else if (humanTier.length > 0) {
      reasons.push("The model found no concerns, but it cannot clear high or critical findings.");
    } else {
      reasons.push(`The model (${o.model}) found no concerns.`);
    }
  } else {
    if (medium.length > 0) {
      approvable = false;
      reasons.push(
        `${medium.length} medium finding(s) need the model's "no concerns" or a human, and the model was not asked (${model.why}): ${listFindings(medium)}.`
      );
    }
    const strict = environments.filter((e) => !e.rulesOnlyApproval);
    if (strict.length > 0) {
      approvable = false;
      reasons.push(
        `The policy for ${[...new Set(strict.map((e) => e.name))].join(", ")} does not allow approval without a model verdict (${model.why}).`
      );
    }
  }
  if (approvable) {
    const boring = findings.length === 0 ? "no findings" : `only low/info findings (${findings.length})`;
    reasons.unshift(
      `Approvable: ${boring}${model.asked ? "" : "; rules-only approval is allowed by the policy"}.`
    );
  }
  return { decision: approvable ? "approve" : "review", risk, reasons };
}

// src/plan/file.ts
import { open } from "node:fs/promises";

// src/plan/fast.ts
import { createHash as createHash2 } from "node:crypto";

// src/plan/build.ts
var SUPPORTED_FORMAT_MAJOR = 1;
var PlanLoadError = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.name = "PlanLoadError";
  }
  file;
};
var notJsonError = (file, why) => new PlanLoadError(
  file,
  `not JSON (${why}). Give the output of \`terraform show -json PLANFILE\`, not the binary plan or the text of \`terraform plan\`.`
);
var notObjectError = (file) => new PlanLoadError(
  file,
  "not a plan: expected a JSON object from `terraform show -json PLANFILE`."
);
var notPlanError = (file) => new PlanLoadError(
  file,
  "not a plan: no resource_changes or planned_values (a state file? run `terraform show -json PLANFILE` on a saved plan)."
);
function formatZodIssue(issue) {
  const path2 = issue.path.length ? issue.path.map(String).join(".") : "(top level)";
  return `${path2}: ${issue.message}`;
}
var invalidPlanError = (file, issues) => new PlanLoadError(file, `not a valid plan: ${issues.slice(0, 3).map(formatZodIssue).join("; ")}`);
var PLAN_PART_KEYS = [
  "resource_changes",
  "planned_values",
  "output_changes",
  "resource_drift",
  "errored"
];
var str = (v) => typeof v === "string" ? v : void 0;
function normaliseActions(actions) {
  return actions;
}
function addressOf(rc) {
  if (rc.address) return rc.address;
  const prefix = rc.module_address ? `${rc.module_address}.` : "";
  const data = rc.mode === "data" ? "data." : "";
  const idx = rc.index === void 0 ? "" : typeof rc.index === "number" ? `[${rc.index}]` : `[${JSON.stringify(rc.index)}]`;
  return `${prefix}${data}${rc.type}.${rc.name}${idx}`;
}
function moduleOf(rc, address) {
  if (rc.module_address !== void 0) return rc.module_address;
  const match2 = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)/.exec(address);
  const prefix = match2?.[1] ?? "";
  return prefix.endsWith(".") ? prefix.slice(0, -1) : prefix;
}
function sameJson(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (k !== kb[i] || !sameJson(a[k], b[k]))
      return false;
  }
  return true;
}
function redactPair(before, beforeMask, after, afterMask) {
  const b = redactValue(before ?? null, beforeMask);
  const same2 = sameJson(before ?? null, after ?? null) && sameJson(beforeMask, afterMask);
  return [b, same2 ? b : redactValue(after ?? null, afterMask)];
}
function toResourceChange(rc, file) {
  const c = rc.change;
  const address = addressOf(rc);
  const [before, after] = redactPair(c.before, c.before_sensitive, c.after, c.after_sensitive);
  return {
    address,
    previousAddress: rc.previous_address,
    moduleAddress: moduleOf(rc, address),
    mode: rc.mode === "data" ? "data" : "managed",
    type: rc.type,
    name: rc.name,
    index: rc.index,
    providerName: rc.provider_name ?? "",
    deposed: rc.deposed,
    actions: normaliseActions(c.actions),
    before,
    after,
    afterUnknown: c.after_unknown ?? false,
    replacePaths: c.replace_paths ?? [],
    actionReason: rc.action_reason,
    importing: c.importing ? { id: c.importing.id } : void 0,
    planFile: file
  };
}
function toDriftEntry(rc, file) {
  const address = addressOf(rc);
  return {
    address,
    moduleAddress: moduleOf(rc, address),
    mode: rc.mode === "data" ? "data" : "managed",
    type: rc.type,
    name: rc.name,
    index: rc.index,
    actions: normaliseActions(rc.change.actions),
    before: redactValue(rc.change.before ?? null, rc.change.before_sensitive),
    after: redactValue(rc.change.after ?? null, rc.change.after_sensitive),
    planFile: file
  };
}
function toOutputChanges(outputs, file) {
  return Object.entries(outputs ?? {}).map(([name, c]) => {
    const sensitive = c.before_sensitive === true || c.after_sensitive === true;
    return {
      name,
      actions: normaliseActions(c.actions),
      before: redactValue(c.before ?? null, sensitive ? true : c.before_sensitive),
      after: redactValue(c.after ?? null, sensitive ? true : c.after_sensitive),
      afterUnknown: c.after_unknown ?? false,
      sensitive,
      planFile: file
    };
  }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
var byAddress = (a, b) => a.address < b.address ? -1 : a.address > b.address ? 1 : (a.deposed ?? "") < (b.deposed ?? "") ? -1 : (a.deposed ?? "") > (b.deposed ?? "") ? 1 : 0;
function majorOf(formatVersion) {
  const major = Number.parseInt(formatVersion.split(".")[0] ?? "", 10);
  return Number.isNaN(major) ? Number.POSITIVE_INFINITY : major;
}
function planMetaOf(doc, file, source, deferredChanges) {
  return {
    file,
    sha256: source.sha256,
    sizeBytes: source.sizeBytes,
    formatVersion: doc.format_version,
    terraformVersion: str(doc.terraform_version),
    applyable: doc.applyable,
    complete: doc.complete,
    errored: doc.errored,
    timestamp: str(doc.timestamp),
    unknownMajorFormat: majorOf(doc.format_version) > SUPPORTED_FORMAT_MAJOR,
    deferredChanges
  };
}

// src/plan/scan.ts
var MemberMode = {
  /** Validate and forget. */
  skip: 0,
  /** The whole value, as text. */
  value: 1,
  /** If an array: each element's text, then the count. Otherwise the whole value. */
  elements: 2,
  /** If an array: the element count only. Otherwise the whole value. */
  count: 3
};
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "JsonSyntaxError";
  }
  offset;
};
var S_VALUE = 0;
var S_VALUE_OR_CLOSE = 1;
var S_KEY_OR_CLOSE = 2;
var S_KEY = 3;
var S_COLON = 4;
var S_AFTER = 5;
var S_DONE = 6;
var OBJECT = 1;
var ARRAY = 2;
var QUOTE = 34;
var BACKSLASH = 92;
var LBRACE = 123;
var RBRACE = 125;
var LBRACKET = 91;
var RBRACKET = 93;
var COMMA = 44;
var COLON = 58;
var MINUS = 45;
var WS = new Uint8Array(256);
for (const c of [32, 10, 13, 9]) WS[c] = 1;
var ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
var isDigit = (c) => c >= 48 && c <= 57;
var MAX_CARRY_BYTES = 256 << 20;
var NEED_MORE = -1;
function describe(c) {
  return c >= 32 && c < 127 ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, "0")}`;
}
var TopLevelScanner = class {
  sink;
  trailer;
  offsetBase;
  /** The start of a token cut by the previous chunk's end, and the absolute offset of carry[0]. */
  carry = Buffer.alloc(0);
  carryBase = 0;
  /** Absolute offset where the next chunk starts. */
  inputEnd = 0;
  /** Chunks held while a token longer than a chunk is pending (see pushStalled). */
  stalled;
  stalledBytes = 0;
  /** Absolute offset of the next byte to scan. */
  pos = 0;
  state = S_VALUE;
  stack = new Uint8Array(64);
  depth = 0;
  topIsObject = false;
  // Top-level member being read.
  key = "";
  mode = MemberMode.skip;
  memberStart = -1;
  arrayMode = false;
  elements = 0;
  /**
   * Start of the value being captured (a member's or an element's), or -1. A captured value is
   * always whole in the buffer where it ends: containers are skipped in one go and scalars are
   * tokens, and either is scanned again from its start when a chunk cuts it.
   */
  captureStart = -1;
  constructor(sink, options = {}) {
    this.sink = sink;
    this.trailer = options.trailer ?? false;
    this.offsetBase = options.offsetBase ?? 0;
  }
  /**
   * Scans a chunk. The chunk is not retained: anything still needed is copied (the start of a
   * token it cuts, and the part of a captured value it holds), never the whole chunk.
   */
  push(chunk) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const base = this.inputEnd;
    this.inputEnd += buf.length;
    if (this.stalled) {
      this.pushStalled(buf);
      return;
    }
    if (this.carry.length > 0 && !this.finishCarried(buf, base)) return;
    this.scan(buf, base, false);
    const from = this.pos - base;
    this.carry = from >= buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(from));
    this.carryBase = this.pos;
  }
  /**
   * Completes the token cut by the previous chunk on the carry joined with a prefix of this
   * chunk (grown as needed), so a cut token does not cost a copy of the chunk. Returns false
   * when the whole chunk was inside that token.
   */
  finishCarried(buf, base) {
    for (let k = Math.min(buf.length, 1 << 16); ; k = Math.min(buf.length, k * 4)) {
      const joined = Buffer.concat([this.carry, buf.subarray(0, k)]);
      this.scan(joined, this.carryBase, false);
      if (this.pos >= base) break;
      if (k === buf.length) {
        this.carry = joined.subarray(this.pos - this.carryBase);
        this.carryBase = this.pos;
        this.stalled = [];
        this.stalledBytes = 0;
        return false;
      }
    }
    this.carry = Buffer.alloc(0);
    return true;
  }
  /**
   * A token (or captured value) longer than a chunk: chunks are kept until there are as many
   * new bytes as carried ones, then scanned again in one go, so a long value costs linear time,
   * not a rescan per chunk. A value that never ends (a corrupt file) stops at MAX_CARRY_BYTES.
   */
  pushStalled(buf) {
    const stalled = this.stalled;
    stalled.push(Buffer.from(buf));
    this.stalledBytes += buf.length;
    if (this.carry.length + this.stalledBytes > MAX_CARRY_BYTES) {
      throw this.error(
        `A single value longer than ${MAX_CARRY_BYTES >> 20} MB (unterminated?)`,
        this.pos
      );
    }
    if (this.stalledBytes < this.carry.length) return;
    const joined = Buffer.concat([this.carry, ...stalled]);
    this.stalled = void 0;
    this.scan(joined, this.carryBase, false);
    const from = this.pos - this.carryBase;
    if (from === 0) {
      this.carry = joined;
      this.stalled = [];
      this.stalledBytes = 0;
      return;
    }
    this.carry = from >= joined.length ? Buffer.alloc(0) : Buffer.from(joined.subarray(from));
    this.carryBase = this.pos;
  }
  /** Text of the capture ending at `end` (whole in this buffer, see captureStart). */
  captured(buf, base, end) {
    const start = this.captureStart;
    this.captureStart = -1;
    if (start < base)
      throw new Error("TopLevelScanner: a captured value is not whole in its buffer");
    return [buf, start - base, end - base];
  }
  /** Ends the input; throws JsonSyntaxError if the document is incomplete. */
  end() {
    if (this.stalled) {
      this.carry = Buffer.concat([this.carry, ...this.stalled]);
      this.stalled = void 0;
    }
    if (this.carry.length > 0) this.scan(this.carry, this.carryBase, true);
    this.carry = Buffer.alloc(0);
    if (this.state !== S_DONE) throw this.error("Unexpected end of JSON input", this.pos);
  }
  error(message, offset) {
    const at = offset + this.offsetBase;
    return new JsonSyntaxError(`${message} at byte ${at}`, at);
  }
  unexpected(c, offset) {
    return this.error(`Unexpected ${describe(c)}`, offset);
  }
  /**
   * The hot loop. `base` is the absolute offset of buf[0]; scanning starts at this.pos. On a
   * token cut by the end of the buffer, stops with this.pos at the token's start (unless final).
   * State lives in locals here (and is written back before any hook and at the end): this loop
   * runs once per token of a file of hundreds of MB.
   */
  scan(buf, base, final) {
    const n = buf.length;
    let i = this.pos - base;
    let state = this.state;
    let depth = this.depth;
    let stack = this.stack;
    while (i < n) {
      let c = buf[i];
      if (WS[c] === 1) {
        i++;
        continue;
      }
      if (state === S_AFTER) {
        if (c === COMMA) {
          i++;
          if (stack[depth - 1] === ARRAY) {
            state = S_VALUE;
            continue;
          }
          state = S_KEY;
          if (i >= n) break;
          c = buf[i];
          if (c !== QUOTE) continue;
        } else if (c === RBRACE || c === RBRACKET) {
          if (stack[depth - 1] !== (c === RBRACE ? OBJECT : ARRAY))
            throw this.unexpected(c, base + i);
          i++;
          depth--;
          if (depth <= 2) {
            this.depth = depth;
            this.valueEnd(buf, base, base + i);
          }
          state = depth === 0 ? S_DONE : S_AFTER;
          continue;
        } else {
          throw this.unexpected(c, base + i);
        }
      }
      if (state === S_KEY || state === S_KEY_OR_CLOSE) {
        if (c === QUOTE) {
          const end2 = scanString(buf, i);
          if (end2 === NEED_MORE) break;
          if (end2 < 0) throw this.badString(buf, base, i);
          if (depth === 1 && this.topIsObject) this.key = decodeKey(buf, i, end2);
          i = end2;
          if (i < n && buf[i] === COLON) {
            i++;
            state = S_VALUE;
          } else {
            state = S_COLON;
          }
          continue;
        }
        if (c === RBRACE && state === S_KEY_OR_CLOSE) {
          i++;
          depth--;
          if (depth <= 2) {
            this.depth = depth;
            this.valueEnd(buf, base, base + i);
          }
          state = depth === 0 ? S_DONE : S_AFTER;
          continue;
        }
        throw this.unexpected(c, base + i);
      }
      if (state === S_COLON) {
        if (c !== COLON) throw this.unexpected(c, base + i);
        state = S_VALUE;
        i++;
        continue;
      }
      if (state === S_DONE) {
        if (!this.trailer || c === RBRACE) throw this.unexpected(c, base + i);
        i++;
        continue;
      }
      if (c === RBRACKET && state === S_VALUE_OR_CLOSE) {
        i++;
        depth--;
        if (depth <= 2) {
          this.depth = depth;
          this.valueEnd(buf, base, base + i);
        }
        state = depth === 0 ? S_DONE : S_AFTER;
        continue;
      }
      if (depth <= 2) {
        this.depth = depth;
        this.valueStart(c, base + i);
        if (this.captureStart === base + i && (c === LBRACE || c === LBRACKET)) {
          const end2 = this.arrayMode && depth === 2 && this.sink.skipElement ? this.sink.skipElement(buf, i) : skipContainer(buf, i);
          if (end2 === NEED_MORE) break;
          i = end2;
          this.valueEnd(buf, base, base + i);
          state = depth === 0 ? S_DONE : S_AFTER;
          continue;
        }
      }
      if (c === LBRACE || c === LBRACKET) {
        if (depth === stack.length) {
          const grown = new Uint8Array(stack.length * 2);
          grown.set(stack);
          stack = this.stack = grown;
        }
        i++;
        if (c === LBRACE) {
          stack[depth++] = OBJECT;
          state = S_KEY_OR_CLOSE;
        } else {
          stack[depth++] = ARRAY;
          state = S_VALUE_OR_CLOSE;
        }
        continue;
      }
      let end;
      if (c === QUOTE) {
        end = scanString(buf, i);
        if (end < NEED_MORE) throw this.badString(buf, base, i);
      } else if (c === MINUS || isDigit(c)) {
        end = scanNumber(buf, i, final);
        if (end < NEED_MORE) throw this.error("Bad number", base + i);
      } else if (c === 116 || c === 102 || c === 110) {
        end = scanLiteral(buf, i);
        if (end < NEED_MORE) throw this.unexpected(c, base + i);
      } else {
        throw this.unexpected(c, base + i);
      }
      if (end === NEED_MORE) break;
      i = end;
      if (depth <= 2) {
        this.depth = depth;
        this.valueEnd(buf, base, base + i);
      }
      state = depth === 0 ? S_DONE : S_AFTER;
    }
    this.pos = base + i;
    this.state = state;
    this.depth = depth;
    if (final && i < n) {
      throw this.error("Unexpected end of JSON input", base + n);
    }
  }
  badString(buf, base, start) {
    for (let j = start + 1; j < buf.length; j++) {
      const c = buf[j];
      if (c < 32) return this.error(`Bad control character in string literal`, base + j);
      if (c === BACKSLASH) {
        const e = buf[j + 1];
        if (e === 117) {
          for (let k = 2; k < 6; k++)
            if (HEX[buf[j + k]] !== 1) return this.error("Bad Unicode escape", base + j);
          j += 5;
        } else if (ESCAPE[e] !== 1) return this.error("Bad escaped character", base + j);
        else j++;
      }
    }
    return this.error("Bad string", base + start);
  }
  /** A value starts at depth <= 2 (only these matter to the caller). */
  valueStart(c, at) {
    if (this.depth === 0) {
      this.topIsObject = c === LBRACE;
      return;
    }
    if (!this.topIsObject) return;
    if (this.depth === 1 && this.memberStart !== at) {
      this.mode = this.sink.member(this.key);
      this.memberStart = at;
      this.arrayMode = c === LBRACKET && (this.mode === MemberMode.elements || this.mode === MemberMode.count);
      this.elements = 0;
      if (this.mode !== MemberMode.skip && !this.arrayMode) this.startCapture(at);
    } else if (this.depth === 2 && this.arrayMode && this.mode === MemberMode.elements && this.captureStart !== at) {
      this.startCapture(at);
    }
  }
  startCapture(at) {
    this.captureStart = at;
  }
  /** A value ended at depth <= 2 (after the close, depth is the parent's). */
  valueEnd(buf, base, end) {
    if (!this.topIsObject) return;
    if (this.depth === 1) {
      if (this.arrayMode) this.sink.arrayEnd(this.key, this.elements);
      else if (this.mode !== MemberMode.skip) {
        const [bytes, start, stop] = this.captured(buf, base, end);
        this.sink.value(this.key, bytes.toString("utf8", start, stop));
      }
      this.mode = MemberMode.skip;
      this.memberStart = -1;
      this.arrayMode = false;
    } else if (this.depth === 2 && this.arrayMode) {
      this.elements++;
      if (this.mode === MemberMode.elements)
        this.sink.element(this.key, ...this.captured(buf, base, end));
    }
  }
  /** Whether the top-level value is an object (only meaningful once started). */
  get isObject() {
    return this.topIsObject;
  }
};
function scanString(buf, start) {
  const n = buf.length;
  let i = start + 1;
  for (; ; ) {
    while (i < n) {
      const c2 = buf[i];
      if (c2 === QUOTE || c2 === BACKSLASH || c2 < 32) break;
      i++;
    }
    if (i >= n) return NEED_MORE;
    const c = buf[i];
    if (c === QUOTE) return i + 1;
    if (c < 32) return -2;
    if (i + 1 >= n) return NEED_MORE;
    const e = buf[i + 1];
    if (e === 117) {
      if (i + 5 >= n) return NEED_MORE;
      if (HEX[buf[i + 2]] !== 1 || HEX[buf[i + 3]] !== 1 || HEX[buf[i + 4]] !== 1 || HEX[buf[i + 5]] !== 1)
        return -2;
      i += 6;
    } else {
      if (ESCAPE[e] !== 1) return -2;
      i += 2;
    }
  }
}
function skipContainer(buf, start) {
  const n = buf.length;
  let depth = 0;
  let i = start;
  while (i < n) {
    const c = buf[i];
    if (c === QUOTE) {
      i++;
      for (; ; ) {
        if (i >= n) return NEED_MORE;
        const d = buf[i];
        if (d === QUOTE) break;
        i += d === BACKSLASH ? 2 : 1;
      }
    } else if (c === LBRACE || c === LBRACKET) {
      depth++;
    } else if (c === RBRACE || c === RBRACKET) {
      if (--depth === 0) return i + 1;
    }
    i++;
  }
  return NEED_MORE;
}
function scanNumber(buf, start, final) {
  const n = buf.length;
  let i = start;
  if (buf[i] === MINUS) i++;
  if (i >= n) return NEED_MORE;
  let c = buf[i];
  if (c === 48) {
    i++;
  } else if (c >= 49 && c <= 57) {
    while (i < n && isDigit(buf[i])) i++;
  } else {
    return -2;
  }
  if (i >= n) return final ? i : NEED_MORE;
  c = buf[i];
  if (c === 46) {
    i++;
    if (i >= n) return NEED_MORE;
    if (!isDigit(buf[i])) return -2;
    while (i < n && isDigit(buf[i])) i++;
    if (i >= n) return final ? i : NEED_MORE;
    c = buf[i];
  }
  if (c === 101 || c === 69) {
    i++;
    if (i >= n) return NEED_MORE;
    c = buf[i];
    if (c === 43 || c === MINUS) i++;
    if (i >= n) return NEED_MORE;
    if (!isDigit(buf[i])) return -2;
    while (i < n && isDigit(buf[i])) i++;
    if (i >= n) return final ? i : NEED_MORE;
  }
  return i;
}
var LITERALS = {
  116: Buffer.from("true"),
  102: Buffer.from("false"),
  110: Buffer.from("null")
};
function scanLiteral(buf, start) {
  const word = LITERALS[buf[start]];
  for (let k = 1; k < word.length; k++) {
    const i = start + k;
    if (i >= buf.length) return NEED_MORE;
    if (buf[i] !== word[k]) return -2;
  }
  return start + word.length;
}
function decodeKey(buf, start, end) {
  const raw = buf.toString("utf8", start + 1, end - 1);
  return raw.includes("\\") ? JSON.parse(buf.toString("utf8", start, end)) : raw;
}

// src/plan/schema.ts
var index = external_exports.union([external_exports.number(), external_exports.string()]).optional();
var changeSchema = external_exports.looseObject({
  actions: external_exports.array(external_exports.string()).min(1),
  before: external_exports.unknown().optional(),
  after: external_exports.unknown().optional(),
  after_unknown: external_exports.unknown().optional(),
  // Masks are `true`, `false`, or an object/array mirroring the value.
  before_sensitive: external_exports.unknown().optional(),
  after_sensitive: external_exports.unknown().optional(),
  replace_paths: external_exports.array(external_exports.array(external_exports.union([external_exports.string(), external_exports.number()]))).optional(),
  importing: external_exports.looseObject({ id: external_exports.string().optional() }).nullable().optional()
});
var resourceChangeSchema = external_exports.looseObject({
  address: external_exports.string().optional(),
  previous_address: external_exports.string().optional(),
  module_address: external_exports.string().optional(),
  mode: external_exports.string().optional(),
  type: external_exports.string(),
  name: external_exports.string(),
  index,
  provider_name: external_exports.string().optional(),
  deposed: external_exports.string().optional(),
  change: changeSchema,
  action_reason: external_exports.string().optional()
});
var outputChangeSchema = changeSchema.extend({ actions: external_exports.array(external_exports.string()) });
var planDocumentSchema = external_exports.looseObject({
  format_version: external_exports.string({
    error: 'missing "format_version" (is this `terraform show -json` output?)'
  }),
  terraform_version: external_exports.string().optional(),
  applyable: external_exports.boolean().optional(),
  complete: external_exports.boolean().optional(),
  errored: external_exports.boolean().optional(),
  timestamp: external_exports.string().optional(),
  resource_changes: external_exports.array(resourceChangeSchema).nullable().optional(),
  resource_drift: external_exports.array(resourceChangeSchema).nullable().optional(),
  output_changes: external_exports.record(external_exports.string(), outputChangeSchema).nullable().optional(),
  deferred_changes: external_exports.array(external_exports.unknown()).nullable().optional(),
  // Presence checks only: these are never loaded into the model.
  planned_values: external_exports.unknown().optional(),
  prior_state: external_exports.unknown().optional(),
  configuration: external_exports.unknown().optional()
});

// src/plan/fast.ts
var JSON_START = /^\s*\{/m;
var MAX_PREAMBLE_BYTES = 16 << 20;
var MAX_FALLBACK_BYTES = 256 << 20;
function detectEncoding(head) {
  if (head[0] === 255 && head[1] === 254) return { kind: "utf-16le", skip: 2 };
  if (head[0] === 254 && head[1] === 255) return { kind: "utf-16be", skip: 2 };
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return { kind: "utf-16le", skip: 0 };
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return { kind: "utf-16be", skip: 0 };
  const bom = (at) => head[at] === 239 && head[at + 1] === 187 && head[at + 2] === 191;
  return { kind: "utf-8", skip: bom(0) ? bom(3) ? 6 : 3 : 0 };
}
var WHITESPACE = /* @__PURE__ */ new Set([32, 10, 13, 9]);
function findJsonStart(head, final) {
  let i = 0;
  while (i < head.length && WHITESPACE.has(head[i])) i++;
  if (i < head.length && head[i] === 123) return { offset: 0, trailer: false };
  if (i === head.length && !final) return void 0;
  const text2 = new TextDecoder("utf-8", { ignoreBOM: true }).decode(head);
  const start = text2.search(JSON_START);
  if (start === 0) return { offset: 0, trailer: false };
  if (start > 0) {
    const before = text2.slice(0, start);
    return before.includes("\uFFFD") ? "fallback" : { offset: Buffer.byteLength(before, "utf8"), trailer: true };
  }
  if (final || head.length >= MAX_PREAMBLE_BYTES) return "fallback";
  return void 0;
}
var KEY_RANK = new Map(Object.keys(planDocumentSchema.shape).map((k, i) => [k, i]));
var rankOf = (issue) => KEY_RANK.get(String(issue.path[0])) ?? -1;
var SCALARS = /* @__PURE__ */ new Set([
  "format_version",
  "terraform_version",
  "applyable",
  "complete",
  "errored",
  "timestamp",
  "output_changes"
]);
var PRESENCE_ONLY = /* @__PURE__ */ new Set(["planned_values", "prior_state", "configuration"]);
var PlanSink = class {
  constructor(file) {
    this.file = file;
  }
  file;
  present = /* @__PURE__ */ new Set();
  /** Parsed whole values: scalars, output_changes, and list members that are not arrays. */
  values = /* @__PURE__ */ new Map();
  /** Members that were arrays, with their element count. */
  arrays = /* @__PURE__ */ new Map();
  changes = [];
  drift = [];
  /** Zod issues per list member (at most 3 each: only the first 3 overall are reported). */
  issues = /* @__PURE__ */ new Map();
  index = 0;
  member(key) {
    if (key === "resource_changes" || key === "resource_drift") {
      this.present.add(key);
      this.values.delete(key);
      this.arrays.delete(key);
      this.issues.delete(key);
      if (key === "resource_changes") this.changes = [];
      else this.drift = [];
      this.index = 0;
      return MemberMode.elements;
    }
    if (key === "deferred_changes") {
      this.present.add(key);
      this.values.delete(key);
      this.arrays.delete(key);
      return MemberMode.count;
    }
    if (SCALARS.has(key)) {
      this.present.add(key);
      return MemberMode.value;
    }
    if (PRESENCE_ONLY.has(key)) this.present.add(key);
    return MemberMode.skip;
  }
  value(key, text2) {
    this.values.set(key, parse(text2, this.file, `"${key}"`));
  }
  arrayEnd(key, count) {
    this.arrays.set(key, count);
  }
  /** [element start, before start, before end, after start, after end], from skipElement. */
  spans = [-1, -1, -1, -1, -1];
  skipElement(bytes, start) {
    return skipResourceChange(bytes, start, this.spans);
  }
  element(key, bytes, start, end) {
    const listKey = key;
    const index2 = this.index++;
    const [at, beforeStart, beforeEnd, afterStart, afterEnd] = this.spans;
    this.spans[0] = -1;
    const sameAfter = at === start && beforeStart >= 0 && afterStart >= 0 && beforeEnd - beforeStart === afterEnd - afterStart && bytes.compare(bytes, afterStart, afterEnd, beforeStart, beforeEnd) === 0;
    const text2 = sameAfter ? `${bytes.toString("utf8", start, afterStart)}null${bytes.toString("utf8", afterEnd, end)}` : bytes.toString("utf8", start, end);
    const raw = parse(text2, this.file, `${key}[${index2}]`);
    if (sameAfter) {
      const change = raw.change;
      change.after = change.before;
    }
    const issues = this.issues.get(listKey);
    if (issues && issues.length >= 3) return;
    const result = resourceChangeSchema.safeParse(raw);
    if (!result.success) {
      const list = issues ?? [];
      for (const issue of result.error.issues)
        list.push({ ...issue, path: [listKey, index2, ...issue.path] });
      this.issues.set(listKey, list);
      return;
    }
    if (issues) return;
    const rc = result.data;
    if (listKey === "resource_changes") this.changes.push(toResourceChange(rc, this.file));
    else this.drift.push(toDriftEntry(rc, this.file));
  }
  /** Validates what was collected as planDocumentSchema would the whole document; builds the model. */
  build(source) {
    const doc = {};
    for (const key of this.present) {
      if (PRESENCE_ONLY.has(key)) doc[key] = null;
      else if (this.arrays.has(key)) doc[key] = [];
      else doc[key] = this.values.get(key);
    }
    const result = planDocumentSchema.safeParse(doc);
    const issues = [
      ...result.success ? [] : result.error.issues,
      ...[...this.issues.values()].flat()
    ];
    if (issues.length > 0) {
      throw invalidPlanError(
        this.file,
        issues.sort((a, b) => rankOf(a) - rankOf(b))
      );
    }
    if (!PLAN_PART_KEYS.some((key) => this.present.has(key))) throw notPlanError(this.file);
    const valid = result.data;
    return {
      meta: planMetaOf(valid, this.file, source, this.arrays.get("deferred_changes") ?? 0),
      changes: this.changes.sort(byAddress),
      drift: this.drift.sort(byAddress),
      outputs: toOutputChanges(valid.output_changes, this.file)
    };
  }
};
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var KEY_CHANGE = Buffer.from("change");
var KEY_BEFORE = Buffer.from("before");
var KEY_AFTER = Buffer.from("after");
function keyIs(bytes, from, to, key) {
  if (to - from !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (bytes[from + k] !== key[k]) return false;
  return true;
}
function skipResourceChange(bytes, start, spans) {
  const n = bytes.length;
  spans.fill(-1);
  let depth = 0;
  let i = start;
  let inChange = false;
  let keyNext = false;
  let pending = 0;
  let spanFrom = -1;
  let spanOf = 0;
  let seen = 0;
  let twice = false;
  while (i < n) {
    const c = bytes[i];
    if (c === QUOTE2) {
      const from = ++i;
      for (; ; ) {
        if (i >= n) return -1;
        const d = bytes[i];
        if (d === QUOTE2) break;
        i += d === BACKSLASH2 ? 2 : 1;
      }
      if (keyNext) {
        keyNext = false;
        const flag = depth === 1 ? keyIs(bytes, from, i, KEY_CHANGE) ? 1 : 0 : keyIs(bytes, from, i, KEY_BEFORE) ? 2 : keyIs(bytes, from, i, KEY_AFTER) ? 4 : 0;
        if (flag !== 0) {
          if ((seen & flag) !== 0) twice = true;
          seen |= flag;
        }
        pending = flag === 4 ? 3 : flag;
      } else {
        pending = 0;
      }
    } else if (c === 123 || c === 91) {
      if (depth === 1 && pending === 1 && c === 123) inChange = true;
      else if (depth === 2 && inChange && pending >= 2) {
        spanFrom = i;
        spanOf = pending;
      }
      pending = 0;
      depth++;
      keyNext = c === 123 && (depth === 1 || depth === 2 && inChange);
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 2 && spanOf !== 0) {
        spans[spanOf === 2 ? 1 : 3] = spanFrom;
        spans[spanOf === 2 ? 2 : 4] = i + 1;
        spanOf = 0;
      } else if (depth === 1) {
        inChange = false;
      } else if (depth === 0) {
        spans[0] = twice ? -1 : start;
        return i + 1;
      }
    } else if (c === 44) {
      keyNext = depth === 1 || depth === 2 && inChange;
      pending = 0;
    } else if (c !== 58 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
      pending = 0;
    }
    i++;
  }
  return -1;
}
function parse(text2, file, where) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw notJsonError(
      file,
      `${error instanceof Error ? error.message : String(error)}, in ${where}`
    );
  }
}
var PlanStreamLoader = class {
  constructor(file, fallback) {
    this.file = file;
    this.fallback = fallback;
    this.sink = new PlanSink(file);
  }
  file;
  fallback;
  hash = createHash2("sha256");
  size = 0;
  encoding;
  utf16;
  /** Raw bytes held until the encoding is known, then UTF-8 bytes until the JSON start is. */
  head = [];
  headLength = 0;
  scanner;
  sink;
  /** Raw bytes until the scanner starts, in case only the full path can load this input. */
  rawHead = [];
  /** Set when only the full path can load this input: every raw byte is kept for it. */
  all;
  push(chunk) {
    if (chunk.byteLength === 0) return;
    this.hash.update(chunk);
    this.size += chunk.byteLength;
    if (this.all) {
      this.all.push(Buffer.from(chunk));
      return;
    }
    if (!this.scanner) this.rawHead.push(Buffer.from(chunk));
    try {
      this.decode(chunk, false);
    } catch (error) {
      throw this.loadError(error);
    }
  }
  /** Ends the input and returns the model, or throws PlanLoadError. */
  finish() {
    const source = { sha256: this.hash.digest("hex"), sizeBytes: this.size };
    try {
      if (!this.all) this.decode(new Uint8Array(0), true);
      if (this.all) return this.viaFallback();
      const scanner = this.scanner;
      scanner.end();
      if (!scanner.isObject) throw notObjectError(this.file);
      return this.sink.build(source);
    } catch (error) {
      throw this.loadError(error);
    }
  }
  loadError(error) {
    if (error instanceof JsonSyntaxError) return notJsonError(this.file, error.message);
    if (error instanceof PlanLoadError) return error;
    return new PlanLoadError(
      this.file,
      `cannot load: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  viaFallback() {
    const bytes = Buffer.concat(this.all ?? []);
    if (bytes.length > MAX_FALLBACK_BYTES) {
      throw notJsonError(
        this.file,
        "no JSON object found at the start of a line in the first 16 MB"
      );
    }
    return this.fallback(bytes, this.file);
  }
  /** Raw bytes → UTF-8 bytes. */
  decode(chunk, final) {
    let bytes = chunk;
    if (!this.encoding) {
      this.hold(chunk);
      if (this.headLength < 6 && !final) return;
      const head = this.takeHead();
      this.encoding = detectEncoding(head);
      if (this.encoding.kind !== "utf-8") this.utf16 = new TextDecoder(this.encoding.kind);
      bytes = head.subarray(this.encoding.skip);
    }
    if (this.utf16) {
      bytes = Buffer.from(this.utf16.decode(bytes, { stream: !final }), "utf8");
    }
    this.scan(bytes, final);
  }
  /** UTF-8 bytes → scanner, once the start of the JSON is known. */
  scan(bytes, final) {
    if (this.scanner) {
      this.scanner.push(bytes);
      return;
    }
    this.hold(bytes);
    const head = Buffer.concat(this.head, this.headLength);
    const start = findJsonStart(head, final);
    if (start === void 0) return;
    if (start === "fallback") {
      this.all = this.rawHead;
      return;
    }
    this.head = [];
    this.headLength = 0;
    this.rawHead = [];
    const skipped = (this.encoding?.kind === "utf-8" ? this.encoding.skip : 0) + start.offset;
    this.scanner = new TopLevelScanner(this.sink, { trailer: start.trailer, offsetBase: skipped });
    this.scanner.push(head.subarray(start.offset));
  }
  hold(bytes) {
    if (bytes.byteLength === 0) return;
    this.head.push(Buffer.from(bytes));
    this.headLength += bytes.byteLength;
  }
  takeHead() {
    const head = Buffer.concat(this.head, this.headLength);
    this.head = [];
    this.headLength = 0;
    return head;
  }
};

// src/plan/load.ts
import { createHash as createHash3 } from "node:crypto";
function decodePlanBytes(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 254 && bytes[1] === 255)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0)
    return new TextDecoder("utf-16be").decode(bytes);
  const text2 = new TextDecoder("utf-8").decode(bytes);
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function extractJsonText(text2) {
  const start = text2.search(JSON_START);
  if (start <= 0) return text2;
  const body = text2.slice(start);
  const end = body.lastIndexOf("}");
  return end === -1 ? body : body.slice(0, end + 1);
}
function parsePlanDocument(text2, file) {
  let json;
  try {
    json = JSON.parse(extractJsonText(text2));
  } catch (error) {
    throw notJsonError(file, error instanceof Error ? error.message : String(error));
  }
  return validatePlanDocument(json, file);
}
function validatePlanDocument(json, file) {
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw notObjectError(file);
  const result = planDocumentSchema.safeParse(json);
  if (!result.success) throw invalidPlanError(file, result.error.issues);
  const doc = result.data;
  if (!PLAN_PART_KEYS.some((key) => key in doc)) throw notPlanError(file);
  return doc;
}
function buildPlanFileModel(doc, file, source) {
  return {
    meta: planMetaOf(doc, file, source, doc.deferred_changes?.length ?? 0),
    changes: (doc.resource_changes ?? []).map((rc) => toResourceChange(rc, file)).sort(byAddress),
    drift: (doc.resource_drift ?? []).map((rc) => toDriftEntry(rc, file)).sort(byAddress),
    outputs: toOutputChanges(doc.output_changes, file)
  };
}
function sha256Hex(bytes) {
  return createHash3("sha256").update(bytes).digest("hex");
}
function loadPlanFromBytesFull(bytes, file) {
  const doc = parsePlanDocument(decodePlanBytes(bytes), file);
  return buildPlanFileModel(doc, file, { sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength });
}

// src/plan/file.ts
var CHUNK_BYTES = 8 << 20;
function readError(label2, error) {
  const code2 = error.code;
  const why = code2 === "ENOENT" ? "file not found" : code2 === "EISDIR" ? "is a directory, not a plan file" : String(error.message);
  return new PlanLoadError(label2, why);
}
async function loadPlanFile(path2, label2 = path2) {
  let handle;
  let size;
  try {
    handle = await open(path2, "r");
    size = (await handle.stat()).size;
  } catch (error) {
    throw readError(label2, error);
  }
  const loader = new PlanStreamLoader(label2, loadPlanFromBytesFull);
  const chunkBytes = Math.min(CHUNK_BYTES, Math.max(size + 1, 64 << 10));
  let current = Buffer.allocUnsafe(chunkBytes);
  let next = Buffer.allocUnsafe(chunkBytes);
  let pending = read(handle, current, label2);
  try {
    for (; ; ) {
      const bytes = await pending;
      if (bytes.length === 0) break;
      [current, next] = [next, current];
      pending = read(handle, current, label2);
      loader.push(bytes);
    }
    return loader.finish();
  } catch (error) {
    await pending.catch(() => void 0);
    throw error;
  } finally {
    await handle.close();
  }
}
async function read(handle, buffer, label2) {
  try {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw readError(label2, error);
  }
}

// src/policy/apply.ts
var ALLOW_LISTABLE = /* @__PURE__ */ new Set([
  "replace",
  "drift-revert",
  "unknown-security-attr"
]);
var TAG_KEYS = /* @__PURE__ */ new Set([
  "tags",
  "tags_all",
  "labels",
  "effective_labels",
  "terraform_labels",
  "default_tags"
]);
var IMAGE_KEYS = /* @__PURE__ */ new Set(["image", "image_uri", "image_tag", "image_digest"]);
var CONTAINER_JSON_KEYS = /* @__PURE__ */ new Set(["container_definitions"]);
function typeMatches(type, glob2) {
  return glob2 === void 0 || minimatch(type, glob2);
}
function stripImages(value) {
  if (Array.isArray(value)) return value.map(stripImages);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (!IMAGE_KEYS.has(k)) out[k] = stripImages(v);
    }
    return out;
  }
  return value;
}
function parseJson(text2) {
  if (typeof text2 !== "string") return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
function classifyPath(change, path2, settings) {
  const top = path2[0];
  if (typeof top !== "string") return void 0;
  if (settings.allowTagsOnly && TAG_KEYS.has(top)) return "tags only";
  if (settings.allowImageDigest) {
    if (path2.some((p) => typeof p === "string" && IMAGE_KEYS.has(p))) return "image only";
    if (CONTAINER_JSON_KEYS.has(top) && path2.length === 1) {
      const before = parseJson(change.before?.[top]);
      const after2 = parseJson(change.after?.[top]);
      if (before !== void 0 && after2 !== void 0 && deepEqual(stripImages(before), stripImages(after2))) {
        return "image only";
      }
    }
  }
  const dotted = path2.filter((p) => typeof p === "string").join(".");
  const raw = getAt(change.after, path2);
  const after = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
  for (const bound2 of settings.allowCounts) {
    if (bound2.attribute !== dotted || !typeMatches(change.type, bound2.type)) continue;
    if (typeof after !== "number") continue;
    if ((bound2.min === void 0 || after >= bound2.min) && (bound2.max === void 0 || after <= bound2.max)) {
      return "count within bounds";
    }
  }
  return void 0;
}
function boringChangeReason(change, settings) {
  if (!isUpdate(change.actions) && !isReplace(change.actions)) return void 0;
  const paths = changedPaths(change.before, change.after).filter(
    (p) => !isUnknownAt(change.afterUnknown, p)
  );
  if (paths.length === 0) return void 0;
  const kinds = /* @__PURE__ */ new Set();
  for (const path2 of paths) {
    const kind = classifyPath(change, path2, settings);
    if (kind === void 0) return void 0;
    kinds.add(kind);
  }
  const replaceCause = change.replacePaths.map(formatPath).join(", ");
  return `allow-listed: ${[...kinds].sort().join(", ")}${replaceCause ? ` (replacement forced by ${replaceCause})` : ""}`;
}
function rateFindings(findings, changesByAddress, settings) {
  return findings.map((finding3) => {
    const change = finding3.address ? changesByAddress.get(finding3.address) : void 0;
    let severity2 = finding3.severity;
    let adjustedBy;
    for (const o of settings.overrides) {
      if (o.rule !== void 0 && o.rule !== finding3.rule) continue;
      if (o.type !== void 0 && (change === void 0 || !minimatch(change.type, o.type)))
        continue;
      if (o.address !== void 0 && !minimatch(finding3.address, o.address)) continue;
      severity2 = o.severity;
      adjustedBy = `policy (${settings.name}): ${o.reason ?? describeOverride(o)}`;
    }
    if (change && ALLOW_LISTABLE.has(finding3.rule) && !isHumanTier(severity2)) {
      const boring = boringChangeReason(change, settings);
      if (boring !== void 0 && severity2 !== "info") {
        severity2 = "info";
        adjustedBy = boring;
      }
    }
    return adjustedBy === void 0 || severity2 === finding3.severity ? { ...finding3, ruleSeverity: finding3.severity } : { ...finding3, severity: severity2, ruleSeverity: finding3.severity, adjustedBy };
  });
}
function describeOverride(o) {
  return [
    o.rule && `rule ${o.rule}`,
    o.type && `type ${o.type}`,
    o.address && `address ${o.address}`
  ].filter(Boolean).join(", ");
}

// src/rules/destructive.ts
var IDENTITY_ATTRIBUTES = [
  "name",
  "bucket",
  "identifier",
  "cluster_identifier",
  "cluster_id",
  "replication_group_id",
  "function_name",
  "domain_name",
  "table_name",
  "queue_name",
  "topic_name",
  "repository_name",
  "instance_name",
  "database_name",
  "account_name",
  "vault_name",
  "zone_name"
];
function identityValues(value) {
  const out = [];
  for (const attribute of IDENTITY_ATTRIBUTES) {
    const v = getAt(value, [attribute]);
    if (typeof v === "string" && v !== "" && !v.startsWith("(")) out.push([attribute, v]);
  }
  return out;
}
function describeDeleteReason(reason) {
  switch (reason) {
    case "delete_because_no_resource_config":
      return "its resource block is no longer in the configuration (if it was renamed, add a moved block; to keep the object, use a removed block with lifecycle { destroy = false })";
    case "delete_because_no_module":
      return "its module call is no longer in the configuration (if the module was renamed, add a moved block)";
    case "delete_because_count_index":
      return "its count index is now out of range (count was reduced)";
    case "delete_because_each_key":
      return "its for_each key is no longer in the map or set";
    case "delete_because_wrong_repetition":
      return "the resource switched between count, for_each and a single instance, so this instance key no longer exists";
    case "delete_because_no_move_target":
      return "a moved block points to an address that does not exist in the configuration";
    default:
      return void 0;
  }
}
function describeReplaceCause(change) {
  const forcedBy = change.replacePaths.map(formatPath).filter((p) => p !== "");
  const attrs = forcedBy.length > 0 ? forcedBy.join(", ") : void 0;
  switch (change.actionReason) {
    case "replace_because_tainted":
      return "the object is tainted (a create or provisioner failed earlier, or it was marked with terraform taint)";
    case "replace_by_request":
      return "replacement was requested explicitly (-replace)";
    case "replace_by_triggers":
      return "lifecycle replace_triggered_by fired because a referenced object changed";
    case "replace_because_cannot_update":
      return attrs ? `a change to ${attrs} cannot be made in place` : "a change cannot be made in place";
    default:
      return attrs ? `a change to ${attrs} forces replacement` : "the provider requires replacement";
  }
}
function replaceEvidence(change) {
  const evidence2 = change.replacePaths.map((path2) => ({
    path: formatPath(path2),
    before: renderValue(getAt(change.before, path2)),
    after: renderAfter(change.after, change.afterUnknown, path2),
    note: "forces replacement"
  }));
  if (change.actionReason !== void 0)
    evidence2.push({ note: `action_reason: ${change.actionReason}` });
  return evidence2.concat(identityEvidence(change));
}
function identityEvidence(change) {
  const forced = new Set(change.replacePaths.map(formatPath));
  return identityValues(change.before).filter(([attribute]) => !forced.has(attribute)).slice(0, 2).map(([attribute]) => ({
    path: attribute,
    before: renderValue(getAt(change.before, [attribute]))
  }));
}
function deleteEvidence(change) {
  const evidence2 = [];
  if (change.actionReason !== void 0)
    evidence2.push({ note: `action_reason: ${change.actionReason}` });
  if (change.deposed !== void 0) evidence2.push({ note: `deposed object ${change.deposed}` });
  return evidence2.concat(identityEvidence(change));
}
function finding(change, rule, severity2, message, evidence2) {
  return { rule, severity: severity2, address: change.address, message, evidence: evidence2, planFile: change.planFile };
}
function deleteWhy(change) {
  const why = describeDeleteReason(change.actionReason);
  return why ? ` because ${why}` : "";
}
function findStatefulDelete(change) {
  if (change.deposed !== void 0) {
    return finding(
      change,
      "stateful-delete",
      "low",
      `Destroys the deposed ${change.type} object ${change.deposed} left over from an earlier create-before-destroy replacement; the current object is kept, so this is cleanup.`,
      deleteEvidence(change)
    );
  }
  return finding(
    change,
    "stateful-delete",
    "critical",
    `Destroys ${change.address}${deleteWhy(change)}. This type holds data: whatever it stores is lost unless a backup or final snapshot exists.`,
    deleteEvidence(change)
  );
}
function findStatefulReplacement(change) {
  const cause = describeReplaceCause(change);
  if (isDeleteBeforeCreate(change.actions)) {
    return finding(
      change,
      "stateful-replace",
      "critical",
      `Replaces ${change.address} (destroy, then create) because ${cause}. The data it holds is destroyed and the resource is absent until the new, empty one is ready.`,
      replaceEvidence(change)
    );
  }
  return finding(
    change,
    "stateful-replace",
    "high",
    `Replaces ${change.address} (create before destroy) because ${cause}. The new object starts empty and the old one, with its data, is destroyed afterwards.`,
    replaceEvidence(change)
  );
}
function findDelete(change, catalogue) {
  if (catalogue.isEphemeral(change.type)) {
    return finding(
      change,
      "delete",
      "info",
      `Destroys ${change.address}${deleteWhy(change)}; it is a helper that holds nothing of value.`,
      deleteEvidence(change)
    );
  }
  if (change.deposed !== void 0) {
    return finding(
      change,
      "delete",
      "info",
      `Destroys the deposed ${change.type} object ${change.deposed} left over from an earlier create-before-destroy replacement (cleanup).`,
      deleteEvidence(change)
    );
  }
  return finding(
    change,
    "delete",
    "medium",
    `Destroys ${change.address}${deleteWhy(change)}. Anything that depends on it stops working.`,
    deleteEvidence(change)
  );
}
function findReplacement(change, catalogue) {
  const cause = describeReplaceCause(change);
  if (catalogue.isEphemeral(change.type)) {
    return finding(
      change,
      "replace",
      "info",
      `Replaces ${change.address} because ${cause}; it is a helper, but anything derived from its value changes too.`,
      replaceEvidence(change)
    );
  }
  if (isCreateBeforeDestroy(change.actions)) {
    return finding(
      change,
      "replace",
      "low",
      `Replaces ${change.address} (create before destroy) because ${cause}; the new object exists before the old one goes.`,
      replaceEvidence(change)
    );
  }
  return finding(
    change,
    "replace",
    "medium",
    `Replaces ${change.address} (destroy, then create) because ${cause}; it is absent in between and gets a new identity (id, ARN, IP).`,
    replaceEvidence(change)
  );
}
function findDestructiveChanges(ctx) {
  const { catalogue } = ctx;
  const findings = [];
  for (const change of ctx.plan.changes) {
    if (!isManaged(change)) continue;
    const stateful = catalogue.isStateful(change.type);
    if (isDelete(change.actions)) {
      findings.push(stateful ? findStatefulDelete(change) : findDelete(change, catalogue));
    } else if (isDeleteBeforeCreate(change.actions) || isCreateBeforeDestroy(change.actions)) {
      findings.push(stateful ? findStatefulReplacement(change) : findReplacement(change, catalogue));
    }
  }
  return findings;
}
var destructiveRule = { id: "destructive", run: findDestructiveChanges };

// src/rules/disruptive-update.ts
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var lengthOf = (v) => Array.isArray(v) ? v.length : 0;
function parseAttribute(attribute) {
  const out = [];
  for (const part of attribute.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of (m[2] ?? "").matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}
function locate(before, after, segments) {
  let paths = [[]];
  for (const seg of segments) {
    const next = [];
    for (const p of paths) {
      if (typeof seg === "number") {
        next.push([...p, seg]);
        continue;
      }
      const b = getAt(before, p);
      const a = getAt(after, p);
      if (Array.isArray(b) || Array.isArray(a)) {
        const n = Math.max(lengthOf(b), lengthOf(a));
        for (let i = 0; i < n; i++) next.push([...p, i, seg]);
      } else next.push([...p, seg]);
    }
    paths = next;
  }
  return paths;
}
var OFF_WORDS = /* @__PURE__ */ new Set([
  "false",
  "disabled",
  "disable",
  "suspended",
  "off",
  "no",
  "never",
  "stopped",
  "terminated",
  "inactive",
  "destroyed",
  "destroy_scheduled"
]);
var ON_WORDS = /* @__PURE__ */ new Set(["true", "enabled", "enable", "on", "yes", "always", "running", "active"]);
function onOff(v) {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (ON_WORDS.has(s)) return true;
    if (OFF_WORDS.has(s)) return false;
  }
  return void 0;
}
function toNumber(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
  return void 0;
}
function majorKey(version, engine) {
  if (typeof version !== "string" && typeof version !== "number") return void 0;
  const text2 = String(version).trim();
  const m = /^([A-Za-z]+(?:[_-][A-Za-z]+)*)?[_-]?v?(\d.*)$/i.exec(text2);
  if (!m) return void 0;
  const family = (m[1] ?? "").toUpperCase();
  const numbers = [];
  for (const part of (m[2] ?? "").split(/[._-]/)) {
    if (!/^\d+$/.test(part)) break;
    numbers.push(Number(part));
  }
  const first = numbers[0];
  if (first === void 0) return void 0;
  const twoPart = /mysql|mariadb/i.test(engine) || /MYSQL|MARIADB/.test(family) || [0, 1, 5, 9].includes(first);
  return `${family}|${numbers.slice(0, twoPart ? 2 : 1).join(".")}`;
}
var same = (a, b) => deepEqual(a ?? null, b ?? null) || sameElements(a, b);
var present = (v) => v !== void 0 && v !== null;
function engineOf(change) {
  const e = getAt(change.after, ["engine"]) ?? getAt(change.before, ["engine"]);
  return typeof e === "string" ? e : "";
}
function matches(when, site, engine) {
  const { before, after } = site;
  if (site.unknown) return when === "any" && present(before);
  switch (when) {
    case "any":
      return !same(before, after);
    case "decrease": {
      if (Array.isArray(before)) {
        const kept = new Set((Array.isArray(after) ? after : []).map((x) => JSON.stringify(x)));
        return before.some((x) => !kept.has(JSON.stringify(x)));
      }
      const b = toNumber(before);
      const a = toNumber(after);
      return b !== void 0 && a !== void 0 && a < b;
    }
    case "to_zero": {
      const b = toNumber(before);
      return toNumber(after) === 0 && b !== void 0 && b !== 0;
    }
    case "false":
      return onOff(before) === true && after !== void 0 && onOff(after ?? false) === false;
    case "true":
      return onOff(before ?? false) === false && onOff(after) === true;
    case "major": {
      const b = majorKey(before, engine);
      const a = majorKey(after, engine);
      return b !== void 0 && a !== void 0 && a !== b;
    }
  }
}
var MAX_SUBPATHS = 5;
var MESSAGE_VALUE_LENGTH = 80;
function shortValue(value, unknown = false) {
  if (unknown) return UNKNOWN_VALUE;
  const text2 = renderValue(value, Number.MAX_SAFE_INTEGER);
  if (text2.length <= MESSAGE_VALUE_LENGTH) return text2;
  const head = Math.floor(MESSAGE_VALUE_LENGTH / 3);
  return `${text2.slice(0, head)}\u2026${text2.slice(text2.length - (MESSAGE_VALUE_LENGTH - head - 1))}`;
}
var afterText = (site) => site.unknown ? UNKNOWN_VALUE : renderValue(site.after);
var isContainer = (v) => v !== null && typeof v === "object";
function leafChanges(site) {
  const { before, after } = site;
  if (isRecord(before) && isRecord(after)) return changedPaths(before, after);
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length && before.some(isContainer))
    return changedPaths(before, after);
  return void 0;
}
function missing(a, b) {
  const kept = new Set(b.map((x) => JSON.stringify(x)));
  return a.filter((x) => !kept.has(JSON.stringify(x))).map((x) => shortValue(x));
}
function describeSite(entry, site) {
  const where = formatPath(site.path);
  const base = { key: where, catalogued: true };
  const leaves = site.unknown ? void 0 : leafChanges(site);
  if (leaves !== void 0 && leaves.length > 0) {
    const full = leaves.map((p) => [...site.path, ...p]);
    const evidence3 = full.slice(0, MAX_SUBPATHS).map((p, i) => ({
      path: formatPath(p),
      before: renderValue(getAt(site.before, leaves[i] ?? [])),
      after: renderValue(getAt(site.after, leaves[i] ?? [])),
      note: entry.label
    }));
    const [only] = leaves;
    if (leaves.length === 1 && only !== void 0) {
      const detail = `${formatPath([...site.path, ...only])}: ${shortValue(getAt(site.before, only))} \u2192 ${shortValue(getAt(site.after, only))}`;
      return { ...base, text: `${entry.label} (${detail})`, evidence: evidence3 };
    }
    const names = leaves.slice(0, MAX_SUBPATHS).map((p) => formatPath(p));
    const more = leaves.length > MAX_SUBPATHS ? ` and ${leaves.length - MAX_SUBPATHS} more` : "";
    return {
      ...base,
      text: `${entry.label} (${where}: ${names.join(", ")}${more} changed)`,
      evidence: evidence3
    };
  }
  const evidence2 = [
    { path: where, before: renderValue(site.before), after: afterText(site), note: entry.label }
  ];
  if (!site.unknown && Array.isArray(site.before) && Array.isArray(site.after)) {
    const removed = missing(site.before, site.after);
    const added = missing(site.after, site.before);
    const parts = [
      removed.length > 0 ? `removed ${removed.join(", ")}` : "",
      added.length > 0 ? `added ${added.join(", ")}` : ""
    ].filter((p) => p !== "");
    if (parts.length > 0)
      return { ...base, text: `${entry.label} (${where}: ${parts.join("; ")})`, evidence: evidence2 };
  }
  return {
    ...base,
    text: `${entry.label} (${where}: ${shortValue(site.before)} \u2192 ${shortValue(site.after, site.unknown)})`,
    evidence: evidence2
  };
}
function entryIssues(change, entry, order, engine) {
  const paths = locate(change.before, change.after, parseAttribute(entry.attribute));
  const sites = [];
  for (const path2 of paths) {
    const site = {
      path: path2,
      before: getAt(change.before, path2),
      after: getAt(change.after, path2),
      unknown: isUnknownAt(change.afterUnknown, path2)
    };
    if (site.before !== void 0 || site.after !== void 0 || site.unknown) sites.push(site);
  }
  if (sites.length === 0) return [];
  if (entry.when === "any" && sites.length > 1) {
    const afterValues = new Set(
      sites.filter((s) => !s.unknown).map((s) => JSON.stringify(s.after ?? null))
    );
    const changed = sites.find(
      (s) => present(s.before) && !afterValues.has(JSON.stringify(s.before))
    );
    return changed ? [{ ...describeSite(entry, changed), severity: entry.severity, order }] : [];
  }
  return sites.filter((s) => matches(entry.when, s, engine)).map((s) => ({ ...describeSite(entry, s), severity: entry.severity, order }));
}
var ENV_KEYS = /* @__PURE__ */ new Set([
  "variables",
  "environment_variables",
  "runtime_environment_variables",
  "app_settings",
  "env",
  "environment",
  "env_vars"
]);
var CONTAINER_JSON_KEYS2 = /* @__PURE__ */ new Set(["container_definitions"]);
var MAX_ENV_DEPTH = 8;
var STORE_WORDS = /* @__PURE__ */ new Set([
  "DATABASE",
  "DATASOURCE",
  "DB",
  "POSTGRES",
  "POSTGRESQL",
  "PG",
  "MYSQL",
  "MARIADB",
  "MSSQL",
  "SQL",
  "RDS",
  "AURORA",
  "MONGO",
  "MONGODB",
  "REDIS",
  "VALKEY",
  "MEMCACHE",
  "MEMCACHED",
  "CACHE",
  "ELASTIC",
  "ELASTICSEARCH",
  "OPENSEARCH",
  "ES",
  "CASSANDRA",
  "KAFKA",
  "RABBIT",
  "RABBITMQ",
  "AMQP",
  "NATS",
  "BROKER",
  "WRITER",
  "READER"
]);
var TARGET_WORDS = /* @__PURE__ */ new Set([
  "URL",
  "URI",
  "DSN",
  "HOST",
  "HOSTNAME",
  "HOSTS",
  "ENDPOINT",
  "ADDR",
  "ADDRESS",
  "SERVER",
  "SERVERS",
  "BROKERS",
  "CONNECTION",
  "CONN",
  "NAME",
  "DATABASE"
]);
var WHOLE_KEYS = /* @__PURE__ */ new Set(["DSN", "PGHOST", "PGDATABASE", "MONGO_URL", "DATABASE"]);
function isEndpointKey(key) {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter((w) => w !== "");
  if (WHOLE_KEYS.has(words.join("_"))) return true;
  const last = words[words.length - 1];
  return words.length > 1 && last !== void 0 && TARGET_WORDS.has(last) && words.slice(0, -1).some((w) => STORE_WORDS.has(w));
}
function endpointOf(value) {
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const text2 = String(value).trim();
  if (text2 === "" || text2 === SENSITIVE_MASK || /^\(redacted[^)]*\)$/.test(text2)) return void 0;
  const url = /^[a-z][a-z0-9+.:-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)([^?#]*)/i.exec(text2);
  if (url) return `${(url[1] ?? "").toLowerCase()}${(url[2] ?? "").replace(/\/+$/, "")}`;
  return text2.toLowerCase();
}
var NOT_ENV = /* @__PURE__ */ new Set(["tags", "tags_all", "labels", "policy", "timeouts"]);
function collectEnv(value, path2, out, isEndpoint, depth = 0) {
  if (depth > MAX_ENV_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v === null || typeof v !== "object") continue;
      path2.push(i);
      collectEnv(v, path2, out, isEndpoint, depth);
      path2.pop();
    }
    return;
  }
  for (const key in value) {
    if (NOT_ENV.has(key)) continue;
    const child2 = value[key];
    path2.push(key);
    if (ENV_KEYS.has(key) && readEnv(child2, path2, out, isEndpoint)) {
      path2.pop();
      continue;
    }
    if (depth === 0 && CONTAINER_JSON_KEYS2.has(key) && typeof child2 === "string") {
      try {
        collectEnv(JSON.parse(child2), path2, out, isEndpoint, depth + 1);
      } catch {
      }
    } else collectEnv(child2, path2, out, isEndpoint, depth + 1);
    path2.pop();
  }
}
function readEnv(value, path2, out, isEndpoint) {
  if (isRecord(value)) {
    for (const [name, v] of Object.entries(value)) {
      if (typeof v !== "object" && isEndpoint(name))
        out.set(`${formatPath(path2)}\0${name}`, { name, path: [...path2, name], value: v });
    }
    return true;
  }
  if (!Array.isArray(value) || !value.every((e) => isRecord(e) && typeof e.name === "string"))
    return false;
  value.forEach((e, i) => {
    const name = e.name;
    if (isEndpoint(name))
      out.set(`${formatPath(path2)}\0${name}`, {
        name,
        path: [...path2, i, "value"],
        value: e.value
      });
  });
  return true;
}
var REPOINT_LABEL = "points at a different data store: after apply the application reads and writes somewhere else";
function endpointIssues(change, isEndpoint) {
  const before = /* @__PURE__ */ new Map();
  const after = /* @__PURE__ */ new Map();
  collectEnv(change.before, [], before, isEndpoint);
  if (before.size === 0) return [];
  collectEnv(change.after, [], after, isEndpoint);
  const issues = [];
  for (const [key, old] of before) {
    const from = endpointOf(old.value);
    if (from === void 0) continue;
    const next = after.get(key);
    const unknown = getAt(change.afterUnknown, next?.path ?? old.path) === true;
    if (!unknown && (next === void 0 || !present(next.value))) continue;
    const to = unknown ? void 0 : endpointOf(next?.value);
    if (!unknown && (to === void 0 || to === from)) continue;
    const where = formatPath(next?.path ?? old.path);
    const shown = shortValue(next?.value, unknown);
    issues.push({
      key: where,
      severity: "medium",
      order: Number.MAX_SAFE_INTEGER,
      text: `${old.name} ${REPOINT_LABEL} (${shortValue(old.value)} \u2192 ${shown})`,
      evidence: [
        {
          path: where,
          before: renderValue(old.value),
          after: unknown ? UNKNOWN_VALUE : renderValue(next?.value),
          note: `${old.name} repointed`
        }
      ],
      catalogued: false
    });
  }
  return issues;
}
function timingNote(change) {
  if (!isRecord(change.after) || !("apply_immediately" in change.after)) return void 0;
  return change.after.apply_immediately === true ? "Applied immediately (apply_immediately = true)." : "Applied in the next maintenance window (apply_immediately is off), so it happens later, unannounced.";
}
function strongest(issues) {
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const seen = byKey.get(issue.key);
    if (!seen || severityRank(issue.severity) > severityRank(seen.severity))
      byKey.set(issue.key, issue);
  }
  return [...byKey.values()].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
function toFinding(change, issues) {
  const severity2 = issues.reduce(
    (s, i) => severityRank(i.severity) > severityRank(s) ? i.severity : s,
    "info"
  );
  const timing = issues.some((i) => i.catalogued) ? timingNote(change) : void 0;
  const evidence2 = issues.flatMap((i) => i.evidence);
  if (timing) evidence2.push({ note: timing });
  const kind = isReplace(change.actions) ? "Replacement" : "In-place update";
  return {
    rule: "disruptive-update",
    severity: severity2,
    address: change.address,
    message: `${kind} of ${change.address}: ${issues.map((i) => i.text).join("; ")}.${timing ? ` ${timing}` : ""}`,
    evidence: evidence2,
    planFile: change.planFile
  };
}
function findDisruptiveUpdates(ctx) {
  const entries = ctx.catalogue.disruptiveAttributes;
  const byType = /* @__PURE__ */ new Map();
  const entriesFor = (type) => {
    let list = byType.get(type);
    if (!list) {
      list = [];
      entries.forEach((entry, order) => {
        if (entry.matchesType(type)) list?.push([entry, order]);
      });
      byType.set(type, list);
    }
    return list;
  };
  const endpointKeys = /* @__PURE__ */ new Map();
  const isEndpoint = (key) => {
    let hit = endpointKeys.get(key);
    if (hit === void 0) {
      hit = isEndpointKey(key);
      endpointKeys.set(key, hit);
    }
    return hit;
  };
  const findings = [];
  for (const change of ctx.plan.changes) {
    if (!isManaged(change)) continue;
    const update = isUpdate(change.actions);
    if (!update && !isReplace(change.actions)) continue;
    const issues = [];
    if (update) {
      const engine = engineOf(change);
      for (const [entry, order] of entriesFor(change.type))
        issues.push(...entryIssues(change, entry, order, engine));
    }
    issues.push(...endpointIssues(change, isEndpoint));
    if (issues.length > 0) findings.push(toFinding(change, strongest(issues)));
  }
  return findings;
}
var disruptiveUpdateRule = { id: "disruptive-update", run: findDisruptiveUpdates };

// src/rules/dns-change.ts
var isRecord2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
function normaliseName(name) {
  return name.trim().replace(/\\052/g, "*").replace(/\.$/, "").toLowerCase();
}
var lastSegment = (v) => v.split("/").pop() ?? v;
var byId = (attribute) => (value, zones) => {
  const id = str2(value[attribute]);
  return id === void 0 ? void 0 : zones.names.get(lastSegment(id));
};
var AZURE_RECORD = /^azurerm_(?:private_)?dns_([a-z]+)_record$/;
var PROVIDERS = [
  {
    matches: (t) => t === "aws_route53_record",
    recordType: (_t, v) => str2(v.type)?.toUpperCase(),
    name: (v) => str2(v.name) ?? str2(v.fqdn),
    zone: byId("zone_id"),
    zoneAttribute: "zone_id",
    answers: ["records", "alias"],
    routing: [
      "set_identifier",
      "weighted_routing_policy",
      "failover_routing_policy",
      "latency_routing_policy",
      "geolocation_routing_policy",
      "geoproximity_routing_policy",
      "cidr_routing_policy",
      "multivalue_answer_routing_policy",
      "health_check_id"
    ]
  },
  {
    matches: (t) => t === "google_dns_record_set",
    recordType: (_t, v) => str2(v.type)?.toUpperCase(),
    name: (v) => str2(v.name),
    zone: byId("managed_zone"),
    zoneAttribute: "managed_zone",
    answers: ["rrdatas"],
    routing: ["routing_policy"]
  },
  {
    matches: (t) => AZURE_RECORD.test(t),
    recordType: (t) => AZURE_RECORD.exec(t)?.[1]?.toUpperCase(),
    name: (v) => str2(v.name),
    zone: (v) => {
      const z = str2(v.zone_name);
      return z === void 0 ? void 0 : normaliseName(z);
    },
    zoneAttribute: "zone_name",
    answers: ["records", "record", "target_resource_id"],
    routing: []
  },
  {
    matches: (t) => t === "cloudflare_record" || t === "cloudflare_dns_record",
    recordType: (_t, v) => str2(v.type)?.toUpperCase(),
    name: (v) => str2(v.name) ?? str2(v.hostname),
    zone: byId("zone_id"),
    zoneAttribute: "zone_id",
    answers: ["content", "value", "data", "priority"],
    routing: []
  },
  {
    matches: (t) => t === "digitalocean_record",
    recordType: (_t, v) => str2(v.type)?.toUpperCase(),
    name: (v) => str2(v.name),
    zone: (v) => {
      const z = str2(v.domain);
      return z === void 0 ? void 0 : normaliseName(z);
    },
    zoneAttribute: "domain",
    answers: ["value", "priority", "port", "weight"],
    routing: []
  }
];
var providerOf = (type) => PROVIDERS.find((p) => p.matches(type));
var ZONE_TYPES = /* @__PURE__ */ new Set([
  "aws_route53_zone",
  "google_dns_managed_zone",
  "cloudflare_zone",
  "azurerm_dns_zone",
  "azurerm_private_dns_zone",
  "digitalocean_domain"
]);
function indexZones(changes) {
  const names = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Set();
  const add = (id, name) => {
    const i = str2(id);
    const n = str2(name);
    if (i !== void 0 && n !== void 0) names.set(lastSegment(i), normaliseName(n));
  };
  for (const change of changes) {
    if (!ZONE_TYPES.has(change.type)) continue;
    let dnsName;
    for (const value of [change.before, change.after]) {
      if (!isRecord2(value)) continue;
      switch (change.type) {
        case "aws_route53_zone":
          add(value.zone_id, value.name);
          add(value.id, value.name);
          dnsName ??= str2(value.name);
          break;
        case "google_dns_managed_zone":
          add(value.name, value.dns_name);
          add(value.id, value.dns_name);
          dnsName ??= str2(value.dns_name);
          break;
        case "cloudflare_zone":
          add(value.id, value.zone ?? value.name);
          dnsName ??= str2(value.zone) ?? str2(value.name);
          break;
        case "azurerm_dns_zone":
        case "azurerm_private_dns_zone":
        case "digitalocean_domain":
          dnsName ??= str2(value.name);
          break;
      }
    }
    if (dnsName !== void 0 && isCreate(change.actions)) created.add(normaliseName(dnsName));
  }
  return { names, created };
}
var SECOND_LEVEL = /* @__PURE__ */ new Set(["co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go"]);
function looksLikeApex(fqdn) {
  const labels = fqdn.split(".");
  if (labels.length === 2) return true;
  return labels.length === 3 && SECOND_LEVEL.has(labels[1] ?? "") && (labels[2] ?? "").length === 2;
}
function readSide(change, value, provider, zones) {
  if (!isRecord2(value)) return void 0;
  const common = {
    type: provider.recordType(change.type, value) ?? "?",
    zone: provider.zone(value, zones),
    zoneRef: str2(value[provider.zoneAttribute]),
    ttl: typeof value.ttl === "number" ? value.ttl : void 0
  };
  const { zone } = common;
  const raw = provider.name(value);
  if (raw === void 0) return { ...common, fqdn: UNKNOWN_VALUE, apex: false };
  const name = normaliseName(raw);
  if (name === "" || name === "@") return { ...common, fqdn: zone ?? "@", apex: true };
  if (zone !== void 0) {
    if (name === zone) return { ...common, fqdn: name, apex: true };
    return { ...common, fqdn: name.endsWith(`.${zone}`) ? name : `${name}.${zone}`, apex: false };
  }
  return { ...common, fqdn: name, apex: name.includes(".") && looksLikeApex(name) };
}
var ADDRESS_TYPES = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "ALIAS", "ANAME", "HTTPS", "SVCB"]);
var MAIL_POLICY = /v=spf1|v=dkim1|v=dmarc1/i;
function kindOf(side, answersText2) {
  const firstLabel = side.fqdn.split(".")[0] ?? "";
  const mailPolicyName = firstLabel === "_dmarc" || side.fqdn.includes("._domainkey");
  if (side.type === "SPF" || mailPolicyName) return "mail-policy";
  if (side.type === "TXT") return MAIL_POLICY.test(answersText2) ? "mail-policy" : "txt";
  if (firstLabel.startsWith("_") && side.type !== "SRV") return "txt";
  if (ADDRESS_TYPES.has(side.type)) return "address";
  if (side.type === "NS") return "delegation";
  if (side.type === "MX") return "mail";
  if (side.type === "SOA" || side.type === "DS") return "authority";
  if (side.type === "SRV") return "service";
  return "other";
}
var ROUTED = /* @__PURE__ */ new Set(["address", "delegation", "mail", "service"]);
var KINDS = {
  address: {
    severity: "medium",
    repoint: "traffic for this name goes to the new target",
    gone: "the name stops resolving and everything that uses it fails"
  },
  delegation: {
    severity: "high",
    repoint: "resolution of this name and everything below it moves to other name servers; a wrong value takes it all offline",
    gone: "the delegation goes: this name and everything below it stop resolving"
  },
  mail: {
    severity: "high",
    repoint: "mail for this domain is delivered to other servers",
    gone: "mail for this domain bounces or is delivered to the address record instead"
  },
  authority: {
    severity: "high",
    repoint: "the zone authority or DNSSEC chain changes; a wrong value makes resolvers reject the zone",
    gone: "the zone authority or DNSSEC chain changes; resolvers may reject the zone"
  },
  "mail-policy": {
    severity: "medium",
    repoint: "mail authentication policy (SPF/DKIM/DMARC) changes: a mistake sends legitimate mail to spam or lets spoofed mail through",
    gone: "mail authentication policy (SPF/DKIM/DMARC) goes: legitimate mail may land in spam and spoofing gets easier"
  },
  txt: {
    severity: "low",
    repoint: "TXT or verification data changes (usually a token)",
    gone: "TXT or verification data goes (a service that checks it may stop trusting the domain)"
  },
  service: {
    severity: "medium",
    repoint: "service discovery sends clients to other hosts or ports",
    gone: "clients that discover the service through it stop finding it"
  },
  other: {
    severity: "low",
    repoint: "record data changes",
    gone: "the record stops resolving"
  }
};
function severityFor(kind, side) {
  return kind === "address" && side.apex ? "high" : KINDS[kind].severity;
}
function label(side) {
  return `${side.apex ? "apex " : ""}DNS record ${side.fqdn} (${side.type})`;
}
function ttlNote(side) {
  return side?.ttl !== void 0 && side.ttl > 1 ? ` Resolvers keep the old answer for up to ${side.ttl}s, so a rollback is not instant.` : "";
}
function canonical(value, caseSensitive) {
  const norm = (v) => {
    if (typeof v === "string") return caseSensitive ? v : normaliseName(v);
    if (Array.isArray(v)) return v.map(norm);
    if (isRecord2(v)) {
      const out = {};
      for (const k of Object.keys(v).sort()) {
        if (k !== "evaluate_target_health") out[k] = norm(v[k]);
      }
      return out;
    }
    return v;
  };
  const n = norm(value);
  if (Array.isArray(n)) {
    const items = n.map((x) => JSON.stringify(x) ?? "null").sort();
    return items.length === 0 ? "null" : `[${items.join(",")}]`;
  }
  return n === void 0 || n === "" ? "null" : JSON.stringify(n) ?? "null";
}
function showAnswer(value, unknown) {
  if (unknown) return UNKNOWN_VALUE;
  const simple = Array.isArray(value) ? value.map((v) => isRecord2(v) && typeof v.name === "string" ? v.name : v) : value;
  return renderValue(simple, 120);
}
function answerChange(change, provider, caseSensitive) {
  const evidence2 = [];
  let shown;
  for (const attribute of provider.answers) {
    const before = getAt(change.before, [attribute]);
    const after = getAt(change.after, [attribute]);
    const unknown = isUnknownAt(change.afterUnknown, [attribute]);
    if (unknown) {
      if (canonical(before, caseSensitive) === "null") continue;
    } else if (canonical(before, caseSensitive) === canonical(after, caseSensitive)) continue;
    const item = {
      path: formatPath([attribute]),
      before: renderValue(before),
      after: unknown ? UNKNOWN_VALUE : renderValue(after)
    };
    if (evidence2.some((e) => e.before === item.before && e.after === item.after)) continue;
    evidence2.push(item);
    shown ??= { from: showAnswer(before, false), to: showAnswer(after, unknown) };
  }
  return shown === void 0 ? void 0 : { evidence: evidence2, ...shown };
}
function routingChange(change, provider) {
  const evidence2 = [];
  let severity2 = "low";
  for (const attribute of provider.routing) {
    const before = getAt(change.before, [attribute]);
    const after = getAt(change.after, [attribute]);
    const unknown = isUnknownAt(change.afterUnknown, [attribute]);
    if (!unknown && canonical(before, true) === canonical(after, true)) continue;
    if (attribute === "failover_routing_policy") severity2 = "medium";
    evidence2.push({
      path: attribute,
      before: renderValue(before),
      after: unknown ? UNKNOWN_VALUE : renderValue(after)
    });
  }
  return evidence2.length > 0 ? { severity: severity2, evidence: evidence2 } : void 0;
}
function proxyChange(change) {
  const before = getAt(change.before, ["proxied"]);
  const after = getAt(change.after, ["proxied"]);
  if (before === true && after === false)
    return {
      severity: "medium",
      text: "Cloudflare's proxy turned off: the origin's address is published and traffic bypasses Cloudflare's CDN and WAF"
    };
  if (before === false && after === true)
    return { severity: "low", text: "traffic now goes through Cloudflare's proxy" };
  return void 0;
}
function answersText(value, provider) {
  return provider.answers.map((a) => JSON.stringify(getAt(value, [a])) ?? "").join(" ");
}
function finding2(change, severity2, message, evidence2) {
  return {
    rule: "dns-change",
    severity: severity2,
    address: change.address,
    message,
    evidence: evidence2,
    planFile: change.planFile
  };
}
var recordKey = (side) => `${side.fqdn}\0${side.type}`;
function findDelete2(change, side, provider, recreatedAt) {
  const kind = kindOf(side, answersText(change.before, provider));
  const evidence2 = provider.answers.filter((a) => canonical(getAt(change.before, [a]), true) !== "null").map((a) => ({ path: a, before: renderValue(getAt(change.before, [a])) }));
  if (recreatedAt !== void 0) {
    return finding2(
      change,
      "low",
      `Deletes ${label(side)} and creates it again as ${recreatedAt}: the name does not resolve for a moment in between (a moved block would avoid it).`,
      evidence2
    );
  }
  return finding2(
    change,
    severityFor(kind, side),
    `Deletes ${label(side)}: ${KINDS[kind].gone}.`,
    evidence2
  );
}
function findChange(change, provider, before, after) {
  const zoneUnknown = isUnknownAt(change.afterUnknown, [provider.zoneAttribute]);
  const zoneMoved = zoneUnknown || before.zoneRef !== after.zoneRef;
  if (before.fqdn !== after.fqdn || before.type !== after.type || zoneMoved) {
    const kind2 = kindOf(before, answersText(change.before, provider));
    const evidence3 = [];
    if (before.fqdn !== after.fqdn)
      evidence3.push({
        path: "name",
        before: renderValue(before.fqdn),
        after: renderValue(after.fqdn)
      });
    if (before.type !== after.type)
      evidence3.push({
        path: "type",
        before: renderValue(before.type),
        after: renderValue(after.type)
      });
    if (zoneMoved)
      evidence3.push({
        path: provider.zoneAttribute,
        before: renderValue(before.zoneRef),
        after: zoneUnknown ? UNKNOWN_VALUE : renderValue(after.zoneRef)
      });
    const where = `${after.fqdn} (${after.type})${zoneMoved ? " in another zone" : ""}`;
    return finding2(
      change,
      severityFor(kind2, before),
      `Moves ${label(before)} to ${where}; ${before.fqdn} no longer has this record there: ${KINDS[kind2].gone}.${ttlNote(before)}`,
      evidence3
    );
  }
  const text2 = answersText(change.before, provider) + answersText(change.after, provider);
  const kind = kindOf(before, text2);
  const caseSensitive = kind === "txt" || kind === "mail-policy";
  const parts = [];
  const evidence2 = [];
  let severity2;
  const raise = (s) => {
    if (severity2 === void 0 || severityRank(s) > severityRank(severity2)) severity2 = s;
  };
  const answers = answerChange(change, provider, caseSensitive);
  if (answers) {
    raise(severityFor(kind, before));
    parts.push(`${answers.from} \u2192 ${answers.to}, so ${KINDS[kind].repoint}`);
    evidence2.push(...answers.evidence);
  }
  const routing = routingChange(change, provider);
  if (routing) {
    raise(routing.severity);
    parts.push(
      routing.severity === "medium" ? "its failover role changes, so a different endpoint serves the traffic" : "its routing policy changes, so the share of traffic each endpoint gets changes"
    );
    evidence2.push(...routing.evidence);
  }
  const proxy = proxyChange(change);
  if (proxy) {
    raise(proxy.severity);
    parts.push(proxy.text);
    evidence2.push({
      path: "proxied",
      before: renderValue(getAt(change.before, ["proxied"])),
      after: renderValue(getAt(change.after, ["proxied"]))
    });
  }
  if (severity2 === void 0) {
    if (!isDeleteBeforeCreate(change.actions)) return void 0;
    return finding2(
      change,
      "low",
      `Replaces ${label(before)} (destroy, then create) with the same answer: the name does not resolve for a moment in between.`,
      []
    );
  }
  const verb = answers && ROUTED.has(kind) ? "Repoints" : "Changes";
  return finding2(
    change,
    severity2,
    `${verb} ${label(before)}: ${parts.join("; ")}.${answers && severityRank(severity2) >= severityRank("medium") ? ttlNote(before) : ""}`,
    evidence2
  );
}
function findDelegation(side, ctx) {
  if (side.type !== "NS") return void 0;
  if (side.apex) {
    if (ctx.zones.created.has(side.zone ?? side.fqdn)) return void 0;
    return `Creates NS records at the apex of ${side.fqdn}, overwriting the zone's own name-server set: if they differ from the servers the parent delegates to, resolution of the whole zone becomes inconsistent.`;
  }
  const name = ctx.existingUnder.get(side.fqdn);
  if (name === void 0) return void 0;
  return `Creates NS records for ${side.fqdn}: it and everything below it are delegated to other name servers, so the existing records for those names in this zone (such as ${name}) stop being answered.`;
}
function findDnsChanges(ctx) {
  const changes = ctx.plan.changes;
  const zones = indexZones(changes);
  const providers = /* @__PURE__ */ new Map();
  const existingUnder = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Map();
  const records = [];
  for (const change of changes) {
    if (!isManaged(change) || change.deposed !== void 0) continue;
    let provider = providers.get(change.type);
    if (provider === void 0 && !providers.has(change.type)) {
      provider = providerOf(change.type);
      providers.set(change.type, provider);
    }
    if (!provider) continue;
    const before = readSide(change, change.before, provider, zones);
    const after = readSide(change, change.after, provider, zones);
    if (before && before.fqdn !== UNKNOWN_VALUE && !isDelete(change.actions)) {
      const labels = before.fqdn.split(".");
      for (let i = 0; i < labels.length - 1; i++) {
        const parent = labels.slice(i).join(".");
        if (!existingUnder.has(parent)) existingUnder.set(parent, before.fqdn);
      }
    }
    if (after && isCreate(change.actions)) created.set(recordKey(after), change.address);
    if (!isNoOp(change.actions)) records.push({ change, provider, before, after });
  }
  const context = { zones, existingUnder, created };
  const findings = [];
  for (const { change, provider, before, after } of records) {
    if (isDelete(change.actions) && before) {
      findings.push(findDelete2(change, before, provider, created.get(recordKey(before))));
    } else if ((isUpdate(change.actions) || isReplace(change.actions)) && before && after) {
      const f = findChange(change, provider, before, after);
      if (f) findings.push(f);
    } else if (isCreate(change.actions) && after) {
      const message = findDelegation(after, context);
      if (message) {
        const answers = provider.answers.filter(
          (a) => isUnknownAt(change.afterUnknown, [a]) || canonical(getAt(change.after, [a]), true) !== "null"
        ).map((a) => ({
          path: a,
          after: isUnknownAt(change.afterUnknown, [a]) ? UNKNOWN_VALUE : renderValue(getAt(change.after, [a]))
        }));
        findings.push(finding2(change, "low", message, answers));
      }
    }
  }
  return findings;
}
var dnsChangeRule = { id: "dns-change", run: findDnsChanges };

// src/rules/drift-revert.ts
var METADATA_ATTRIBUTES = /* @__PURE__ */ new Set([
  "tags",
  "tags_all",
  "labels",
  "effective_labels",
  "terraform_labels"
]);
var MAX_EVIDENCE = 8;
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function isEmpty(v) {
  if (v === null || v === void 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  return isObject(v) && Object.keys(v).length === 0;
}
function sameValue(a, b) {
  return isEmpty(a) && isEmpty(b) || deepEqual(a, b);
}
var asList = (v) => Array.isArray(v) ? v : [];
function multisetMinus(a, b) {
  const counts = /* @__PURE__ */ new Map();
  for (const x of b) counts.set(JSON.stringify(x), (counts.get(JSON.stringify(x)) ?? 0) + 1);
  const out = [];
  for (const x of a) {
    const key = JSON.stringify(x);
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else out.push(x);
  }
  return out;
}
var child = (s, key) => ({
  driftBefore: isObject(s.driftBefore) ? s.driftBefore[key] : void 0,
  driftAfter: isObject(s.driftAfter) ? s.driftAfter[key] : void 0,
  planBefore: isObject(s.planBefore) ? s.planBefore[key] : void 0,
  planAfter: isObject(s.planAfter) ? s.planAfter[key] : void 0
});
function findRevertedPaths(s, afterUnknown, path2, out) {
  if (sameValue(s.driftBefore, s.driftAfter)) return;
  if (isUnknownAt(afterUnknown, path2)) return;
  const objects = [s.driftBefore, s.driftAfter, s.planBefore, s.planAfter];
  if (objects.some(isObject) && objects.every((v) => isObject(v) || isEmpty(v))) {
    const keys = /* @__PURE__ */ new Set([
      ...Object.keys(isObject(s.driftBefore) ? s.driftBefore : {}),
      ...Object.keys(isObject(s.driftAfter) ? s.driftAfter : {})
    ]);
    for (const key of [...keys].sort())
      findRevertedPaths(child(s, key), afterUnknown, [...path2, key], out);
    return;
  }
  if (objects.every((v) => Array.isArray(v) && v.length === 1)) {
    const first = (v) => Array.isArray(v) ? v[0] : void 0;
    const inner = {
      driftBefore: first(s.driftBefore),
      driftAfter: first(s.driftAfter),
      planBefore: first(s.planBefore),
      planAfter: first(s.planAfter)
    };
    findRevertedPaths(inner, afterUnknown, [...path2, 0], out);
    return;
  }
  if (!sameValue(s.planBefore, s.driftAfter)) return;
  if (Array.isArray(s.driftBefore) || Array.isArray(s.driftAfter)) {
    const added = multisetMinus(asList(s.driftAfter), asList(s.driftBefore));
    const removed = multisetMinus(asList(s.driftBefore), asList(s.driftAfter));
    const planned = asList(s.planAfter);
    const dropped = multisetMinus(added, planned);
    const notReadded = multisetMinus(removed, planned);
    const readded = multisetMinus(removed, notReadded);
    if (dropped.length > 0 || readded.length > 0) {
      out.push({
        path: path2,
        original: s.driftBefore,
        drifted: s.driftAfter,
        planned: s.planAfter,
        restoresOriginal: true,
        elements: { readded, dropped }
      });
    }
    return;
  }
  if (!sameValue(s.planAfter, s.planBefore)) {
    out.push({
      path: path2,
      original: s.driftBefore,
      drifted: s.driftAfter,
      planned: s.planAfter,
      restoresOriginal: sameValue(s.planAfter, s.driftBefore)
    });
  }
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function describeElements(e) {
  const parts = [];
  if (e.readded.length > 0) {
    parts.push(
      `adds back ${plural(e.readded.length, "element")} removed outside Terraform (${renderValue(e.readded[0], 80)}${e.readded.length > 1 ? ", \u2026" : ""})`
    );
  }
  if (e.dropped.length > 0) {
    parts.push(
      `removes ${plural(e.dropped.length, "element")} added outside Terraform (${renderValue(e.dropped[0], 80)}${e.dropped.length > 1 ? ", \u2026" : ""})`
    );
  }
  return parts.join(" and ");
}
var isMetadataPath = (path2) => typeof path2[0] === "string" && METADATA_ATTRIBUTES.has(path2[0]);
function revertFinding(change, reverted) {
  const metadataOnly = reverted.every((r) => isMetadataPath(r.path));
  const restores = reverted.some((r) => r.restoresOriginal && !isMetadataPath(r.path));
  const severity2 = metadataOnly ? "low" : restores ? "high" : "medium";
  const names = [...new Set(reverted.map((r) => formatPath(r.path) || "(whole object)"))];
  const shown = names.slice(0, 3).join(", ");
  const more = names.length > 3 ? ` and ${names.length - 3} more` : "";
  const first = reverted[0];
  const allRestore = reverted.every((r) => r.restoresOriginal);
  let what;
  if (first?.elements && reverted.length === 1) {
    what = `${shown} of ${change.address} was changed outside Terraform, and this plan ${describeElements(first.elements)}.`;
  } else if (first && reverted.length === 1) {
    const from = renderValue(first.original, 60);
    const to = renderValue(first.drifted, 60);
    what = `${shown} of ${change.address} was changed outside Terraform from ${from} to ${to}, and this plan ${allRestore ? `sets it back to ${from}` : `overwrites it with ${renderValue(first.planned, 60)}`}.`;
  } else {
    what = `${shown}${more} of ${change.address} were changed outside Terraform, and this plan ${allRestore ? "sets them back" : "overwrites them"}.`;
  }
  const why = metadataOnly ? "Only tags or labels are affected; another tool or team may still rely on them." : "If that was a deliberate fix made in the console or by another tool, applying undoes it; to keep it, put it in the configuration (or lifecycle ignore_changes) first.";
  const evidence2 = reverted.slice(0, MAX_EVIDENCE).map((r) => ({
    path: formatPath(r.path),
    before: renderValue(r.drifted),
    after: renderValue(r.planned),
    note: r.elements ? `changed outside Terraform; this plan ${describeElements(r.elements)}` : `changed outside Terraform from ${renderValue(r.original, 80)}; this plan ${r.restoresOriginal ? "restores that" : "writes a different value"}`
  }));
  return {
    rule: "drift-revert",
    severity: severity2,
    address: change.address,
    message: `${what} ${why}`,
    evidence: evidence2,
    planFile: change.planFile
  };
}
function recreateFinding(change) {
  return {
    rule: "drift-revert",
    severity: "medium",
    address: change.address,
    message: `${change.type} ${change.address} was deleted outside Terraform and this plan creates it again. If it was removed on purpose (an incident, a cost cut), applying brings it back.`,
    evidence: [{ note: "resource_drift: delete; plan: create" }],
    planFile: change.planFile
  };
}
function findDriftReverts(ctx) {
  if (ctx.plan.drift.length === 0) return [];
  const driftByAddress = /* @__PURE__ */ new Map();
  for (const entry of ctx.plan.drift) {
    if (entry.mode === "managed" && !driftByAddress.has(entry.address))
      driftByAddress.set(entry.address, entry);
  }
  const findings = [];
  for (const change of ctx.plan.changes) {
    if (!isManaged(change) || change.deposed !== void 0) continue;
    const drift = driftByAddress.get(change.address);
    if (!drift) continue;
    if (isCreate(change.actions) && isDelete(drift.actions)) {
      findings.push(recreateFinding(change));
      continue;
    }
    if (!isUpdate(change.actions) && !isReplace(change.actions)) continue;
    const reverted = [];
    findRevertedPaths(
      {
        driftBefore: drift.before,
        driftAfter: drift.after,
        planBefore: change.before,
        planAfter: change.after
      },
      change.afterUnknown,
      [],
      reverted
    );
    if (reverted.length > 0) findings.push(revertFinding(change, reverted));
  }
  return findings;
}
var driftRevertRule = { id: "drift-revert", run: findDriftReverts };

// src/rules/iam-document.ts
var isRecord3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var toList = (v) => v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v];
var sortedUnique = (items) => [...new Set(items)].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
var strings = (v) => toList(v).flatMap(
  (x) => typeof x === "string" ? [x] : typeof x === "number" || typeof x === "boolean" ? [String(x)] : []
);
function canonicalAwsPrincipal(value) {
  const trimmed = value.trim();
  if (trimmed === "*") return "*";
  if (/^\d{12}$/.test(trimmed)) return `AWS:arn:aws:iam::${trimmed}:root`;
  return `AWS:${trimmed}`;
}
function canonicalPrincipals(principal) {
  if (typeof principal === "string")
    return [principal.trim() === "*" ? "*" : canonicalAwsPrincipal(principal)];
  if (!isRecord3(principal)) return [];
  const out = [];
  for (const [type, value] of Object.entries(principal)) {
    for (const v of strings(value)) {
      if (type === "AWS") out.push(canonicalAwsPrincipal(v));
      else if (type === "Service") out.push(`Service:${v.trim().toLowerCase()}`);
      else out.push(`${type}:${v.trim()}`);
    }
  }
  return sortedUnique(out);
}
function canonicalConditions(condition) {
  if (!isRecord3(condition)) return [];
  const clauses = [];
  for (const [operator, tests] of Object.entries(condition)) {
    if (!isRecord3(tests)) continue;
    for (const [key, values] of Object.entries(tests)) {
      clauses.push({ operator, key: key.toLowerCase(), values: sortedUnique(strings(values)) });
    }
  }
  return clauses.sort((a, b) => {
    const ka = `${a.operator}\0${a.key}`;
    const kb = `${b.operator}\0${b.key}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
function normaliseStatement(raw, index2) {
  if (!isRecord3(raw)) return void 0;
  const effectText = typeof raw.Effect === "string" ? raw.Effect.trim().toLowerCase() : "";
  if (effectText !== "allow" && effectText !== "deny") return void 0;
  const lower2 = (v) => sortedUnique(strings(v).map((s) => s.trim().toLowerCase()));
  const trimmed = (v) => sortedUnique(strings(v).map((s) => s.trim()));
  const hasResource = "Resource" in raw || "NotResource" in raw;
  const conditions = canonicalConditions(raw.Condition);
  return {
    index: index2,
    sid: typeof raw.Sid === "string" ? raw.Sid : "",
    effect: effectText === "allow" ? "Allow" : "Deny",
    actions: lower2(raw.Action),
    notActions: "NotAction" in raw ? lower2(raw.NotAction) : void 0,
    resources: hasResource ? trimmed(raw.Resource) : ["*"],
    notResources: "NotResource" in raw ? trimmed(raw.NotResource) : void 0,
    principals: "Principal" in raw ? canonicalPrincipals(raw.Principal) : void 0,
    notPrincipals: "NotPrincipal" in raw ? canonicalPrincipals(raw.NotPrincipal) : void 0,
    conditions,
    conditionKey: conditions.length === 0 ? "" : JSON.stringify(conditions),
    raw
  };
}
var OPAQUE_STRINGS = /* @__PURE__ */ new Set([UNKNOWN_VALUE, SENSITIVE_MASK, SECRET_MASK]);
function parsePolicy(value) {
  if (value === null || value === void 0) return { status: "absent" };
  let doc = value;
  if (typeof value === "string") {
    const text2 = value.trim();
    if (text2 === "") return { status: "absent" };
    if (OPAQUE_STRINGS.has(text2)) return { status: "opaque" };
    try {
      doc = JSON.parse(text2);
    } catch {
      return { status: "opaque" };
    }
  }
  if (!isRecord3(doc) || !("Statement" in doc)) return { status: "opaque" };
  const statements = toList(doc.Statement).map((s, i) => normaliseStatement(s, i)).filter((s) => s !== void 0);
  return { status: "ok", statements };
}
function statementKey(s) {
  return JSON.stringify([
    s.effect,
    s.actions,
    s.notActions,
    s.resources,
    s.notResources,
    s.principals,
    s.notPrincipals,
    s.conditionKey
  ]);
}
var patternCache = /* @__PURE__ */ new Map();
function wildcardMatch(pattern, value) {
  if (pattern === "*" || pattern === value) return true;
  if (!pattern.includes("*") && !pattern.includes("?")) return false;
  let re = patternCache.get(pattern);
  if (re === void 0) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, "s");
    if (patternCache.size >= 1e4) patternCache.clear();
    patternCache.set(pattern, re);
  }
  return re.test(value);
}
var anyMatch = (patterns, value) => patterns.some((p) => wildcardMatch(p, value));
function principalIncluded(set, p) {
  if (set === void 0 || p === void 0) return set === void 0 && p === void 0;
  return set.includes("*") || set.includes(p);
}
var RESTRICTING_KEYS = /* @__PURE__ */ new Set([
  "aws:sourceip",
  "aws:vpcsourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:principalservicename",
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceowner",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username",
  "kms:calleraccount",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn"
]);
var WORLD_VALUES = /* @__PURE__ */ new Set(["*", "0.0.0.0/0", "::/0"]);
function hasRestrictingCondition(s) {
  return s.conditions.some(
    (c) => RESTRICTING_KEYS.has(c.key) && !/not|ifexists/i.test(c.operator) && c.values.length > 0 && c.values.every((v) => !WORLD_VALUES.has(v.trim()))
  );
}
var READ_VERBS = /^(get|list|describe|batchget|lookup|query|scan|search|select|view|filter|head)/;
function isReadOnlyAction(action) {
  const verb = action.includes(":") ? action.slice(action.indexOf(":") + 1) : action;
  return READ_VERBS.test(verb);
}
var ROUTINE_ON_ANY_RESOURCE = /* @__PURE__ */ new Set([
  "logs:createloggroup",
  "logs:createlogstream",
  "logs:putlogevents",
  "xray:puttracesegments",
  "xray:puttelemetryrecords",
  "cloudwatch:putmetricdata",
  "ec2:createnetworkinterface",
  "ec2:deletenetworkinterface",
  "ec2:assignprivateipaddresses",
  "ec2:unassignprivateipaddresses",
  "ssmmessages:createcontrolchannel",
  "ssmmessages:createdatachannel",
  "ssmmessages:opencontrolchannel",
  "ssmmessages:opendatachannel"
]);
var isRoutineOnAnyResource = (action) => ROUTINE_ON_ANY_RESOURCE.has(action);
var SENSITIVE_READS = [
  "secretsmanager:getsecretvalue",
  "secretsmanager:batchgetsecretvalue",
  "ssm:getparameter",
  "ssm:getparameters",
  "ssm:getparametersbypath",
  "ssm:getparameterhistory",
  "s3:getobject",
  "s3:getobjectversion",
  "dynamodb:getitem",
  "dynamodb:batchgetitem",
  "dynamodb:query",
  "dynamodb:scan"
];
var isSensitiveRead = (action) => SENSITIVE_READS.some((r) => wildcardMatch(action, r));
var ESCALATION_ACTIONS = [
  "iam:passrole",
  "iam:createpolicyversion",
  "iam:setdefaultpolicyversion",
  "iam:attachrolepolicy",
  "iam:attachuserpolicy",
  "iam:attachgrouppolicy",
  "iam:putrolepolicy",
  "iam:putuserpolicy",
  "iam:putgrouppolicy",
  "iam:updateassumerolepolicy",
  "iam:createaccesskey",
  "iam:createloginprofile",
  "iam:updateloginprofile",
  "iam:addusertogroup",
  "iam:deleterolepermissionsboundary",
  "iam:deleteuserpermissionsboundary",
  "sts:assumerole"
];
var isEscalationAction = (action) => ESCALATION_ACTIONS.some((e) => wildcardMatch(action, e));
var isServiceWildcard = (action) => /^[a-z0-9-]+:\*$/.test(action);
var isAccountRoot = (principal) => /^AWS:arn:aws[a-z-]*:iam::\d{12}:root$/.test(principal);

// src/rules/group.ts
function groupBySeverity(issues) {
  const bySeverity = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const group = bySeverity.get(issue.severity);
    if (group) group.push(issue);
    else bySeverity.set(issue.severity, [issue]);
  }
  return [...bySeverity.entries()].sort(([a], [b]) => severityRank(b) - severityRank(a));
}

// src/rules/iam.ts
var isRecord4 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function text(v) {
  if (typeof v !== "string") return void 0;
  const t = v.trim();
  return t === "" || t.startsWith("(") ? void 0 : t;
}
var textList = (v) => (Array.isArray(v) ? v : []).map(text).filter((s) => s !== void 0);
var listText = (items, max = 4) => {
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  return items.length > max ? `${shown.join(", ")} and ${items.length - max} more` : shown.join(", ");
};
var sorted = (items) => [...items].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
var POLICY_ATTRIBUTES = {
  aws_iam_policy: ["policy"],
  aws_iam_role_policy: ["policy"],
  aws_iam_user_policy: ["policy"],
  aws_iam_group_policy: ["policy"],
  aws_iam_role: ["assume_role_policy"],
  aws_ssoadmin_permission_set_inline_policy: ["inline_policy"],
  aws_s3_bucket_policy: ["policy"],
  aws_s3_bucket: ["policy"],
  aws_s3control_bucket_policy: ["policy"],
  aws_s3_access_point: ["policy"],
  aws_s3control_access_point_policy: ["policy"],
  aws_sqs_queue_policy: ["policy"],
  aws_sqs_queue: ["policy"],
  aws_sns_topic_policy: ["policy"],
  aws_sns_topic: ["policy"],
  aws_kms_key: ["policy"],
  aws_kms_key_policy: ["policy"],
  aws_ecr_repository_policy: ["policy"],
  aws_ecr_registry_policy: ["policy"],
  aws_secretsmanager_secret_policy: ["policy"],
  aws_secretsmanager_secret: ["policy"],
  aws_efs_file_system_policy: ["policy"],
  aws_backup_vault_policy: ["policy"],
  aws_glacier_vault: ["access_policy"],
  aws_elasticsearch_domain_policy: ["access_policies"],
  aws_elasticsearch_domain: ["access_policies"],
  aws_opensearch_domain_policy: ["access_policies"],
  aws_opensearch_domain: ["access_policies"],
  aws_cloudwatch_log_resource_policy: ["policy_document"],
  // Service control policies grant nothing; only a removed Deny matters there.
  aws_organizations_policy: ["content"]
};
var STANDALONE_RESOURCE_POLICY = /* @__PURE__ */ new Set([
  "aws_s3_bucket_policy",
  "aws_s3control_bucket_policy",
  "aws_s3control_access_point_policy",
  "aws_sqs_queue_policy",
  "aws_sns_topic_policy",
  "aws_kms_key_policy",
  "aws_ecr_repository_policy",
  "aws_ecr_registry_policy",
  "aws_secretsmanager_secret_policy",
  "aws_efs_file_system_policy",
  "aws_backup_vault_policy",
  "aws_elasticsearch_domain_policy",
  "aws_opensearch_domain_policy",
  "aws_organizations_policy"
]);
var GUARDRAIL_ONLY = /* @__PURE__ */ new Set(["aws_organizations_policy"]);
var CI_OIDC_HOSTS = [
  "token.actions.githubusercontent.com",
  "gitlab.com",
  "app.terraform.io",
  "api.bitbucket.org"
];
function readDocument(value) {
  const parsed = parsePolicy(value);
  return parsed.status === "ok" ? parsed : { status: parsed.status, statements: [] };
}
function readInlinePolicies(value) {
  const list = getAt(value, ["inline_policy"]);
  if (!Array.isArray(list)) return { status: "absent", statements: [] };
  const statements = [];
  for (const item of list) {
    const side = readDocument(getAt(item, ["policy"]));
    if (side.status === "opaque") return side;
    statements.push(...side.statements);
  }
  return { status: statements.length > 0 ? "ok" : "absent", statements };
}
function statementEvidence(attribute, s, side) {
  const where = `statement ${s.index}${s.sid ? ` (Sid "${s.sid}")` : ""}`;
  return side === "after" ? { path: attribute, after: renderValue(s.raw), note: where } : { path: attribute, before: renderValue(s.raw), note: `${where} no longer present as written` };
}
function documentLabel(attribute) {
  switch (attribute) {
    case "policy":
      return "the policy";
    case "assume_role_policy":
      return "the trust policy (assume_role_policy)";
    case "inline_policy":
      return "an inline policy of the role";
    case "content":
      return "the service control policy";
    default:
      return `the policy (${attribute})`;
  }
}
function displayAction(s, action) {
  if (!isRecord4(s.raw)) return action;
  const written = [s.raw.Action, s.raw.NotAction].flat().find((a) => typeof a === "string" && a.trim().toLowerCase() === action);
  return typeof written === "string" ? written.trim() : action;
}
var displayPrincipal = (p) => p === "*" ? "*" : p.replace(/^AWS:/, "");
var whoText = (s) => s.principals === void 0 ? "" : ` to ${listText(s.principals.map(displayPrincipal))}`;
var resourcesText = (s) => s.notResources ? `every resource except ${listText(s.notResources)}` : listText(s.resources);
function allowedBefore(candidates, principal, action, resource) {
  return candidates.some(
    (b) => b.notActions === void 0 && b.notResources === void 0 && principalIncluded(b.principals, principal) && anyMatch(b.actions, action) && anyMatch(b.resources, resource)
  );
}
function exclusionCoveredBefore(candidates, s) {
  const subset = (small, big) => small !== void 0 && big !== void 0 && small.every((x) => big.includes(x));
  return candidates.some(
    (b) => (s.principals ?? [void 0]).every((p) => principalIncluded(b.principals, p)) && (s.notActions === void 0 ? b.notActions === void 0 && s.actions.every((a) => anyMatch(b.actions, a)) : subset(b.notActions, s.notActions)) && (s.notResources === void 0 ? b.notResources === void 0 && s.resources.every((r) => anyMatch(b.resources, r)) : subset(b.notResources, s.notResources))
  );
}
var comparableAllows = (beforeAllow, s) => beforeAllow.filter((b) => b.conditionKey === "" || b.conditionKey === s.conditionKey);
var isPublicStatement = (s) => s.notPrincipals !== void 0 || (s.principals?.includes("*") ?? false);
function ciOidcIssue(attribute, s) {
  for (const principal of s.principals ?? []) {
    if (!principal.startsWith("Federated:")) continue;
    const host = CI_OIDC_HOSTS.find((h) => principal.toLowerCase().includes(h));
    if (host === void 0) continue;
    const subject = s.conditions.find((c) => c.key === `${host}:sub`);
    const open2 = subject === void 0 || /not/i.test(subject.operator) || subject.values.some((v) => /^(\*|repo:\*|project_path:\*)/.test(v));
    if (open2) {
      return {
        severity: "high",
        text: `${documentLabel(attribute)} trusts the ${host} OIDC provider without a condition on "${host}:sub", so any repository or pipeline on ${host} can assume this role`,
        evidence: [statementEvidence(attribute, s, "after")]
      };
    }
  }
  return void 0;
}
function comparePolicyDocuments(attribute, before, after, phase, guardrailOnly = false) {
  const issues = [];
  const beforeKeys = new Set(before.map(statementKey));
  const afterKeys = new Set(after.map(statementKey));
  const beforeAllow = before.filter((s) => s.effect === "Allow");
  const beforePrincipals = new Set(beforeAllow.flatMap((s) => s.principals ?? []));
  if (!guardrailOnly) {
    for (const s of after) {
      if (s.effect !== "Allow" || beforeKeys.has(statementKey(s))) continue;
      const evidence2 = [statementEvidence(attribute, s, "after")];
      const principals = s.principals ?? [void 0];
      const candidates = comparableAllows(beforeAllow, s);
      const isNew = (action, resource) => principals.some((p) => !allowedBefore(candidates, p, action, resource));
      const isResourcePolicy = s.principals !== void 0 || s.notPrincipals !== void 0;
      let publicReported = false;
      if (isPublicStatement(s) && !hasRestrictingCondition(s)) {
        const publicBefore = beforeAllow.filter(
          (b) => isPublicStatement(b) && !hasRestrictingCondition(b)
        );
        const everyone = publicBefore.map((b) => ({ ...b, principals: ["*"] }));
        const actions = s.notActions !== void 0 ? ["*"] : s.actions;
        const opened = actions.filter(
          (a) => s.resources.some((r) => !allowedBefore(everyone, "*", a, r))
        );
        if (opened.length > 0 || s.notActions !== void 0 && publicBefore.length === 0) {
          publicReported = true;
          const who = s.notPrincipals !== void 0 ? `everyone except ${listText(s.notPrincipals)}` : 'anyone (Principal "*")';
          issues.push({
            severity: "critical",
            text: `${documentLabel(attribute)} allows ${who} to ${listText((opened.length > 0 ? opened : ["*"]).map((a) => displayAction(s, a)))} on ${resourcesText(s)} with no condition limiting the caller, source network or organisation: public access`,
            evidence: evidence2
          });
        }
      }
      if (!publicReported && s.actions.includes("*") && s.resources.some((r) => isNew("*", r))) {
        issues.push({
          severity: "critical",
          text: `${documentLabel(attribute)} allows every action ("*") on ${resourcesText(s)}${isResourcePolicy ? `${whoText(s)}, which is full control of the resource` : ", which is administrator-level access"}`,
          evidence: evidence2
        });
      }
      const delegatesToAccount = isResourcePolicy && principals.every((p) => p !== void 0 && isAccountRoot(p));
      const services = delegatesToAccount || publicReported ? [] : s.actions.filter((a) => isServiceWildcard(a) && s.resources.some((r) => isNew(a, r)));
      if (services.length > 0) {
        issues.push({
          severity: "high",
          text: `${documentLabel(attribute)} allows every action of ${listText(services.map((a) => displayAction(s, a)))} on ${resourcesText(s)}${whoText(s)}, including destructive and permission-changing ones`,
          evidence: evidence2
        });
      }
      if (!publicReported && (s.notActions !== void 0 || s.notResources !== void 0) && !exclusionCoveredBefore(candidates, s)) {
        const what = s.notActions !== void 0 ? `every action except ${listText(s.notActions.map((a) => displayAction(s, a)))}` : listText(s.actions.map((a) => displayAction(s, a)));
        issues.push({
          severity: "high",
          text: `${documentLabel(attribute)} uses Allow with ${s.notActions !== void 0 ? "NotAction" : "NotResource"}, granting ${what} on ${resourcesText(s)}${whoText(s)}, including anything AWS adds later`,
          evidence: evidence2
        });
      }
      if (!isResourcePolicy && s.resources.includes("*")) {
        const writes = s.actions.filter(
          (a) => a !== "*" && !isServiceWildcard(a) && !isReadOnlyAction(a) && !isRoutineOnAnyResource(a) && isNew(a, "*")
        );
        const escalation = writes.filter(isEscalationAction);
        if (escalation.length > 0) {
          issues.push({
            severity: "high",
            text: `${documentLabel(attribute)} allows ${listText(escalation.map((a) => displayAction(s, a)))} on every resource ("*"): the holder can grant itself more permissions (privilege escalation)`,
            evidence: evidence2
          });
        }
        const ordinary = writes.filter((a) => !isEscalationAction(a));
        if (ordinary.length > 0) {
          issues.push({
            severity: "medium",
            text: `${documentLabel(attribute)} allows write actions ${listText(ordinary.map((a) => displayAction(s, a)))} on every resource ("*") instead of named ARNs`,
            evidence: evidence2
          });
        }
        const dataReads = s.actions.filter(
          (a) => a !== "*" && !isServiceWildcard(a) && isReadOnlyAction(a) && isSensitiveRead(a) && isNew(a, "*")
        );
        if (dataReads.length > 0) {
          issues.push({
            severity: "medium",
            text: `${documentLabel(attribute)} allows ${listText(dataReads.map((a) => displayAction(s, a)))} on every resource ("*"): the holder can read every secret, parameter, object or item of that kind in the account, not only the ones it needs`,
            evidence: evidence2
          });
        }
      }
      const ci = ciOidcIssue(attribute, s);
      if (ci !== void 0) issues.push(ci);
      if (phase === "change") {
        const added = (s.principals ?? []).filter((p) => p !== "*" && !beforePrincipals.has(p));
        if (added.length > 0) {
          issues.push({
            severity: "high",
            text: `${documentLabel(attribute)} adds principal ${listText(added.map(displayPrincipal))}, which could not use this before`,
            evidence: evidence2
          });
        }
        const loosened = beforeAllow.find(
          (b) => b.conditionKey !== "" && statementKey({ ...b, conditionKey: "" }) === statementKey({ ...s, conditionKey: "" }) && s.conditions.length < b.conditions.length && s.conditions.every(
            (c) => b.conditions.some((d) => JSON.stringify(d) === JSON.stringify(c))
          )
        );
        if (loosened !== void 0) {
          const dropped = loosened.conditions.filter(
            (c) => !s.conditions.some((d) => JSON.stringify(d) === JSON.stringify(c))
          );
          issues.push({
            severity: "medium",
            text: `${documentLabel(attribute)} drops the condition ${listText(dropped.map((c) => `${c.operator} ${c.key}`))} that limited an Allow`,
            evidence: [statementEvidence(attribute, loosened, "before"), ...evidence2]
          });
        }
      }
    }
  }
  const afterDeny = after.filter((s) => s.effect === "Deny");
  for (const d of before) {
    if (d.effect !== "Deny" || afterKeys.has(statementKey(d))) continue;
    const simple = d.notActions === void 0 && d.notResources === void 0 && d.notPrincipals === void 0;
    const candidates = afterDeny.filter(
      (a) => a.notActions === void 0 && a.notResources === void 0 && (a.conditionKey === "" || a.conditionKey === d.conditionKey)
    );
    const stillDenied = (p, action, resource) => candidates.some(
      (a) => principalIncluded(a.principals, p) && anyMatch(a.actions, action) && anyMatch(a.resources, resource)
    );
    const principals = d.principals ?? [void 0];
    const lost = !simple || principals.some(
      (p) => d.actions.some((action) => d.resources.some((r) => !stillDenied(p, action, r)))
    );
    if (lost) {
      issues.push({
        severity: "high",
        text: `${documentLabel(attribute)} removes or narrows a Deny of ${d.notActions ? `everything except ${listText(d.notActions.map((a) => displayAction(d, a)))}` : listText(d.actions.map((a) => displayAction(d, a)))} on ${resourcesText(d)}; that guardrail stops applying`,
        evidence: [statementEvidence(attribute, d, "before")]
      });
    }
  }
  return issues;
}
function documentIssues(change, phase) {
  const issues = [];
  const attributes = POLICY_ATTRIBUTES[change.type] ?? [];
  const guardrailOnly = GUARDRAIL_ONLY.has(change.type);
  const compare = (attribute, before, after) => {
    if (after.status === "opaque") return;
    const unreadableBefore = before.status === "opaque";
    issues.push(
      ...comparePolicyDocuments(
        attribute,
        unreadableBefore ? [] : before.statements,
        after.statements,
        unreadableBefore ? "create" : phase,
        guardrailOnly
      )
    );
  };
  for (const attribute of attributes) {
    if (isUnknownAt(change.afterUnknown, [attribute])) continue;
    compare(
      attribute,
      readDocument(getAt(change.before, [attribute])),
      readDocument(getAt(change.after, [attribute]))
    );
  }
  if (change.type === "aws_iam_role" && !isUnknownAt(change.afterUnknown, ["inline_policy"])) {
    compare("inline_policy", readInlinePolicies(change.before), readInlinePolicies(change.after));
  }
  return issues;
}
var PRIVILEGED_MANAGED_POLICIES = [
  ["AdministratorAccess", "critical", "full control of the account"],
  ["IAMFullAccess", "high", "it can grant itself any other permission"],
  ["PowerUserAccess", "high", "every service except IAM user and group management"]
];
var ARN_ATTRIBUTES = {
  aws_iam_role_policy_attachment: "policy_arn",
  aws_iam_user_policy_attachment: "policy_arn",
  aws_iam_group_policy_attachment: "policy_arn",
  aws_iam_policy_attachment: "policy_arn",
  aws_ssoadmin_managed_policy_attachment: "managed_policy_arn",
  aws_iam_role: "managed_policy_arns",
  aws_iam_role_policy_attachments_exclusive: "policy_arns"
};
function attachmentIssues(change) {
  const attribute = ARN_ATTRIBUTES[change.type];
  if (attribute === void 0 || isUnknownAt(change.afterUnknown, [attribute])) return [];
  const arnsOf = (v) => {
    const value = getAt(v, [attribute]);
    return Array.isArray(value) ? textList(value) : [text(value)].filter((s) => s !== void 0);
  };
  const before = new Set(arnsOf(change.before));
  const issues = [];
  for (const arn of arnsOf(change.after)) {
    if (before.has(arn)) continue;
    const hit = PRIVILEGED_MANAGED_POLICIES.find(([name2]) => arn.endsWith(`:policy/${name2}`));
    if (hit === void 0) continue;
    const [name, severity2, why] = hit;
    const target = principalTarget(change.after, change.type);
    issues.push({
      severity: severity2,
      text: `attaches the AWS managed policy ${name}${target ? ` to ${target}` : ""}: ${why}`,
      evidence: [
        {
          path: attribute,
          before: renderValue(getAt(change.before, [attribute])),
          after: renderValue(getAt(change.after, [attribute]))
        }
      ]
    });
  }
  return issues;
}
function principalTarget(value, type) {
  for (const kind of ["role", "user", "group"]) {
    const v = text(getAt(value, [kind]));
    if (v !== void 0) return `${kind} "${v}"`;
  }
  const targets = ["roles", "users", "groups"].flatMap(
    (k) => textList(getAt(value, [k])).map((v) => `${k.slice(0, -1)} "${v}"`)
  );
  if (targets.length > 0) return targets.join(", ");
  const name = type === "aws_iam_role" ? text(getAt(value, ["name"])) : void 0;
  return name === void 0 ? void 0 : `role "${name}"`;
}
function boundaryIssues(change) {
  if (change.type !== "aws_iam_role" && change.type !== "aws_iam_user") return [];
  const path2 = ["permissions_boundary"];
  const before = text(getAt(change.before, path2));
  if (before === void 0 || isUnknownAt(change.afterUnknown, path2) || text(getAt(change.after, path2)) !== void 0)
    return [];
  return [
    {
      severity: "high",
      text: `removes the permissions boundary ${before}: the ${change.type === "aws_iam_role" ? "role" : "user"} is no longer capped by it`,
      evidence: [
        {
          path: formatPath(path2),
          before: renderValue(before),
          after: renderValue(getAt(change.after, path2))
        }
      ]
    }
  ];
}
function lambdaPermissionIssues(change) {
  if (change.type !== "aws_lambda_permission") return [];
  const isPublic = (v) => text(getAt(v, ["principal"])) === "*" && ["source_arn", "source_account", "principal_org_id"].every(
    (k) => text(getAt(v, [k])) === void 0
  );
  const limitedLater = ["source_arn", "source_account", "principal_org_id"].some(
    (k) => isUnknownAt(change.afterUnknown, [k])
  );
  if (!isPublic(change.after) || limitedLater || isPublic(change.before)) return [];
  const url = text(getAt(change.after, ["function_url_auth_type"])) === "NONE";
  return [
    {
      severity: "critical",
      text: `lets anyone (principal "*") ${text(getAt(change.after, ["action"])) ?? "invoke"} ${text(getAt(change.after, ["function_name"])) ?? "the function"} with no source_arn, source_account or principal_org_id${url ? " through a public function URL with no authentication" : ""}`,
      evidence: [
        {
          path: "principal",
          before: renderValue(getAt(change.before, ["principal"])),
          after: renderValue(getAt(change.after, ["principal"]))
        },
        { path: "source_arn", after: renderValue(getAt(change.after, ["source_arn"])) }
      ]
    }
  ];
}
var GCP_IAM = /^google_(.+)_iam_(member|binding|policy)$/;
var GCP_TOP_LEVEL = /* @__PURE__ */ new Set(["project", "folder", "organization"]);
var GCP_PUBLIC_MEMBERS = /* @__PURE__ */ new Set(["allusers", "allauthenticatedusers"]);
var GCP_BASIC_ADMIN = /* @__PURE__ */ new Set(["roles/owner", "roles/editor"]);
var GCP_ESCALATION_ROLES = /* @__PURE__ */ new Set([
  "roles/iam.securityadmin",
  "roles/iam.serviceaccountadmin",
  "roles/iam.serviceaccountkeyadmin",
  "roles/iam.serviceaccounttokencreator",
  "roles/iam.serviceaccountuser",
  "roles/iam.workloadidentityuser",
  "roles/iam.roleadmin",
  "roles/iam.organizationroleadmin",
  "roles/resourcemanager.projectiamadmin",
  "roles/resourcemanager.folderiamadmin",
  "roles/resourcemanager.organizationadmin",
  "roles/resourcemanager.folderadmin"
]);
var GCP_TELEMETRY_ROLES = /* @__PURE__ */ new Set([
  "roles/logging.logwriter",
  "roles/monitoring.metricwriter",
  "roles/cloudtrace.agent",
  "roles/cloudprofiler.agent",
  "roles/errorreporting.writer",
  "roles/stackdriver.resourcemetadata.writer",
  "roles/opsconfigmonitoring.resourcemetadata.writer"
]);
var GCP_ONE_IDENTITY = /^(serviceaccount|user|group):/;
var GCP_ADMIN_ROLE = /admin|owner|editor/;
function isRoutineGcpGrant(scope, role, member) {
  const who = member.toLowerCase();
  if (GCP_TELEMETRY_ROLES.has(role) && who.startsWith("serviceaccount:")) return true;
  return !GCP_TOP_LEVEL.has(scope) && scope !== "billing_account" && GCP_ONE_IDENTITY.test(who) && !GCP_ADMIN_ROLE.test(role);
}
function gcpGrants(kind, value, afterUnknown) {
  if (!isRecord4(value)) return [];
  if (kind === "policy") {
    if (isUnknownAt(afterUnknown, ["policy_data"])) return void 0;
    const raw = value.policy_data;
    if (raw === null || raw === void 0 || raw === "") return [];
    let doc = raw;
    if (typeof raw === "string") {
      try {
        doc = JSON.parse(raw);
      } catch {
        return void 0;
      }
    }
    const bindings = getAt(doc, ["bindings"]);
    if (!Array.isArray(bindings)) return [];
    return bindings.flatMap((b) => {
      const role2 = text(getAt(b, ["role"]));
      return role2 === void 0 ? [] : textList(getAt(b, ["members"])).map((member) => ({ role: role2, member }));
    });
  }
  const role = text(value.role);
  if (role === void 0) return isUnknownAt(afterUnknown, ["role"]) ? void 0 : [];
  if (kind === "member") {
    const member = text(value.member) ?? (isUnknownAt(afterUnknown, ["member"]) ? UNKNOWN_VALUE : void 0);
    return member === void 0 ? [] : [{ role, member }];
  }
  const members = textList(value.members);
  if (isUnknownAt(afterUnknown, ["members"]) && members.length === 0)
    return [{ role, member: UNKNOWN_VALUE }];
  return members.map((member) => ({ role, member }));
}
var grantKey = (g) => `${g.role.toLowerCase()}\0${g.member.toLowerCase()}`;
function gcpIssues(change, phase) {
  const match2 = GCP_IAM.exec(change.type);
  if (match2 === null) return [];
  const scope = match2[1] ?? "";
  const kind = match2[2] ?? "";
  const topLevel = GCP_TOP_LEVEL.has(scope);
  const before = gcpGrants(kind, change.before, false) ?? [];
  const after = gcpGrants(kind, change.after, change.afterUnknown);
  if (after === void 0) return [];
  const beforeKeys = new Set(before.map(grantKey));
  const afterKeys = new Set(after.map(grantKey));
  const path2 = kind === "policy" ? "policy_data" : kind === "binding" ? "members" : "member";
  const evidenceFor2 = (g, side) => side === "after" ? { path: path2, after: renderValue(`${g.role} \u2192 ${g.member}`), note: "granted" } : { path: path2, before: renderValue(`${g.role} \u2192 ${g.member}`), note: "removed" };
  const issues = [];
  const byClass = /* @__PURE__ */ new Map();
  for (const g of after) {
    if (beforeKeys.has(grantKey(g))) continue;
    const role = g.role.toLowerCase();
    const [severity2, why] = GCP_PUBLIC_MEMBERS.has(g.member.toLowerCase()) ? [
      "critical",
      "makes it public: anyone on the internet (or any Google account) gets this role"
    ] : GCP_BASIC_ADMIN.has(role) ? topLevel ? [
      "critical",
      `a basic role that can change almost everything in the ${scope}`
    ] : ["high", "a basic role with broad write access"] : GCP_ESCALATION_ROLES.has(role) ? [
      "high",
      "this role can change IAM or impersonate service accounts, one step from owner"
    ] : isRoutineGcpGrant(scope, role, g.member) ? [
      "low",
      GCP_TELEMETRY_ROLES.has(role) ? "a write-only telemetry role a workload needs" : "an ordinary role for one identity on this one resource"
    ] : ["medium", "a new member gets access"];
    const key = `${severity2}\0${why}`;
    const entry = byClass.get(key) ?? { severity: severity2, why, grants: [] };
    entry.grants.push(g);
    byClass.set(key, entry);
  }
  for (const { severity: severity2, why, grants } of byClass.values()) {
    issues.push({
      severity: severity2,
      text: `grants ${listText(grants.map((g) => `${g.role} to ${g.member}`))} on the ${scope.replace(/_/g, " ")}: ${why}`,
      evidence: grants.map((g) => evidenceFor2(g, "after"))
    });
  }
  if (phase === "change") {
    const removed = before.filter((g) => !afterKeys.has(grantKey(g)));
    if (removed.length > 0) {
      issues.push({
        severity: "medium",
        text: `removes ${listText(removed.map((g) => `${g.role} from ${g.member}`))} on the ${scope.replace(/_/g, " ")}; whatever relied on it loses access`,
        evidence: removed.map((g) => evidenceFor2(g, "before"))
      });
    }
  }
  if (phase === "create" && kind === "policy" && topLevel) {
    issues.push({
      severity: "high",
      text: `sets the whole IAM policy of the ${scope} authoritatively: every binding not listed here, including owners and Google service agents, is removed`,
      evidence: [{ path: "policy_data", note: `${change.type} is authoritative` }]
    });
  }
  return issues;
}
var AZURE_PRIVILEGED_ROLES = /* @__PURE__ */ new Map([
  ["owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"],
  ["contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c"],
  ["user access administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"],
  ["role based access control administrator", "f58310d9-a9f6-439a-9e8d-f62e7b41a168"]
]);
var AZURE_PRIVILEGED_IDS = new Set(AZURE_PRIVILEGED_ROLES.values());
function azureScopeLevel(scope) {
  if (scope === void 0) return "unknown scope";
  const s = scope.toLowerCase().replace(/\/+$/, "");
  if (s === "" || /^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(s))
    return "management group";
  if (/^\/subscriptions\/[^/]+$/.test(s)) return "subscription";
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return "resource group";
  return "resource";
}
function azureRoleLabel(value) {
  const name = text(getAt(value, ["role_definition_name"]));
  const id = text(getAt(value, ["role_definition_id"]))?.toLowerCase();
  const guid = id?.split("/").pop();
  const privileged = name !== void 0 && AZURE_PRIVILEGED_ROLES.has(name.toLowerCase()) || guid !== void 0 && AZURE_PRIVILEGED_IDS.has(guid);
  const label2 = name ?? [...AZURE_PRIVILEGED_ROLES].find(([, g]) => g === guid)?.[0] ?? id ?? UNKNOWN_VALUE;
  return { label: label2, privileged, adminish: /owner|administrator/i.test(label2) };
}
function azureGrantKey(value) {
  const { label: label2 } = azureRoleLabel(value);
  return [getAt(value, ["scope"]), getAt(value, ["principal_id"]), label2.toLowerCase()].map((v) => String(v).toLowerCase()).join("\0");
}
function azureIssues(change) {
  if (change.type === "azurerm_role_definition") {
    const wildcard = (v) => (Array.isArray(getAt(v, ["permissions"])) ? getAt(v, ["permissions"]) : []).some((p) => textList(getAt(p, ["actions"])).includes("*"));
    if (!wildcard(change.after) || wildcard(change.before)) return [];
    return [
      {
        severity: "high",
        text: `defines a custom role with actions "*": whoever is assigned it can change anything in its assignable scopes, like Contributor`,
        evidence: [
          { path: "permissions", after: renderValue(getAt(change.after, ["permissions"])) }
        ]
      }
    ];
  }
  if (change.type !== "azurerm_role_assignment") return [];
  if (change.before !== null && azureGrantKey(change.before) === azureGrantKey(change.after))
    return [];
  const { label: label2, privileged, adminish } = azureRoleLabel(change.after);
  const scope = text(getAt(change.after, ["scope"]));
  const level = azureScopeLevel(scope);
  const severity2 = privileged ? level === "management group" || level === "subscription" ? "critical" : level === "resource group" || level === "unknown scope" ? "high" : "medium" : adminish ? "medium" : "low";
  const principal = text(getAt(change.after, ["principal_id"])) ?? UNKNOWN_VALUE;
  return [
    {
      severity: severity2,
      text: `assigns "${label2}" to principal ${principal} at ${level}${scope ? ` ${scope}` : ""}${privileged ? ": it can change (or grant access to) everything in that scope" : ""}`,
      evidence: ["role_definition_name", "role_definition_id", "scope", "principal_id"].map(
        (attr) => ({
          path: attr,
          before: renderValue(getAt(change.before, [attr])),
          after: isUnknownAt(change.afterUnknown, [attr]) ? UNKNOWN_VALUE : renderValue(getAt(change.after, [attr]))
        })
      )
    }
  ];
}
var AWS_ATTACHMENT = /^aws_iam_(role|user|group)_policy_attachment$/;
var AWS_INLINE = /^aws_iam_(role|user|group)_policy$/;
function isGrantType(type) {
  return AWS_ATTACHMENT.test(type) || AWS_INLINE.test(type) || type === "aws_iam_policy" || type === "aws_iam_policy_attachment" || type === "aws_ssoadmin_managed_policy_attachment" || type === "aws_organizations_policy_attachment" || type === "azurerm_role_assignment" || GCP_IAM.test(type);
}
var documentKey = (statements) => sorted(statements.map(statementKey)).join("\n");
function gcpScopeKey(value) {
  if (!isRecord4(value)) return "";
  const skip = /* @__PURE__ */ new Set(["id", "etag", "role", "member", "members", "condition", "policy_data"]);
  return sorted(
    Object.entries(value).filter(([k, v]) => !skip.has(k) && typeof v === "string").map(([k, v]) => `${k}=${String(v)}`)
  ).join("&");
}
function grantUnits(change, value, afterUnknown) {
  const type = change.type;
  const needed = (attr) => isUnknownAt(afterUnknown, [attr]) ? void 0 : text(getAt(value, [attr]));
  const attachment = AWS_ATTACHMENT.exec(type);
  if (attachment) {
    const target = needed(attachment[1] ?? "");
    const arn = needed("policy_arn");
    return target && arn ? [[`attach|${attachment[1]}:${target}|${arn}`]] : void 0;
  }
  if (type === "aws_iam_policy_attachment") {
    const arn = needed("policy_arn");
    if (!arn || ["roles", "users", "groups"].some((k) => isUnknownAt(afterUnknown, [k])))
      return void 0;
    return ["roles", "users", "groups"].flatMap(
      (k) => textList(getAt(value, [k])).map((t) => [`attach|${k.slice(0, -1)}:${t}|${arn}`])
    );
  }
  const inline = AWS_INLINE.exec(type);
  if (inline) {
    const target = needed(inline[1] ?? "");
    const doc = isUnknownAt(afterUnknown, ["policy"]) ? void 0 : parsePolicy(getAt(value, ["policy"]));
    return target && doc?.status === "ok" ? [[`inline|${inline[1]}:${target}|${documentKey(doc.statements)}`]] : void 0;
  }
  if (type === "aws_iam_role") {
    const name = needed("name");
    if (!name) return void 0;
    const units = [];
    const list = isUnknownAt(afterUnknown, ["inline_policy"]) ? void 0 : getAt(value, ["inline_policy"]);
    for (const item of Array.isArray(list) ? list : []) {
      const doc = parsePolicy(getAt(item, ["policy"]));
      if (doc.status === "ok") units.push([`inline|role:${name}|${documentKey(doc.statements)}`]);
    }
    if (!isUnknownAt(afterUnknown, ["managed_policy_arns"])) {
      for (const arn of textList(getAt(value, ["managed_policy_arns"])))
        units.push([`attach|role:${name}|${arn}`]);
    }
    return units;
  }
  if (type === "aws_iam_policy") {
    const doc = isUnknownAt(afterUnknown, ["policy"]) ? void 0 : parsePolicy(getAt(value, ["policy"]));
    return doc?.status === "ok" ? [[`policy|${documentKey(doc.statements)}`]] : void 0;
  }
  if (type === "aws_ssoadmin_managed_policy_attachment") {
    const set = needed("permission_set_arn");
    const arn = needed("managed_policy_arn");
    return set && arn ? [[`sso|${set}|${arn}`]] : void 0;
  }
  if (type === "aws_organizations_policy_attachment") {
    const policy = needed("policy_id");
    const target = needed("target_id");
    return policy && target ? [[`scp|${policy}|${target}`]] : void 0;
  }
  if (type === "azurerm_role_assignment") {
    const scope = needed("scope")?.toLowerCase();
    const principal = needed("principal_id");
    if (!scope || !principal) return void 0;
    const name = text(getAt(value, ["role_definition_name"]))?.toLowerCase();
    const guid = text(getAt(value, ["role_definition_id"]))?.toLowerCase().split("/").pop();
    const byId2 = guid ?? (name ? AZURE_PRIVILEGED_ROLES.get(name) : void 0);
    const byName = name ?? [...AZURE_PRIVILEGED_ROLES].find(([, g]) => g === guid)?.[0];
    const alternatives = [byName && `name:${byName}`, byId2 && `id:${byId2}`].filter(
      (s) => typeof s === "string"
    );
    return alternatives.length > 0 ? [alternatives.map((a) => `azure|${scope}|${principal}|${a}`)] : void 0;
  }
  const gcp = GCP_IAM.exec(type);
  if (gcp) {
    const grants = gcpGrants(gcp[2] ?? "", value, afterUnknown);
    if (grants === void 0 || grants.some((g) => g.member === UNKNOWN_VALUE)) return void 0;
    const scope = gcpScopeKey(value);
    return grants.map((g) => [`gcp|${gcp[1]}|${scope}|${grantKey(g)}`]);
  }
  return void 0;
}
function describeGrant(change) {
  const v = change.before;
  const type = change.type;
  const target = principalTarget(v, type);
  if (AWS_ATTACHMENT.test(type) || type === "aws_iam_policy_attachment") {
    return `the attachment of ${text(getAt(v, ["policy_arn"])) ?? "a policy"}${target ? ` to ${target}` : ""}`;
  }
  if (AWS_INLINE.test(type)) {
    const name = text(getAt(v, ["name"]));
    return `the inline policy${name ? ` "${name}"` : ""}${target ? ` of ${target}` : ""}`;
  }
  if (type === "aws_iam_policy")
    return `the IAM policy ${text(getAt(v, ["name"])) ?? text(getAt(v, ["arn"])) ?? ""}`.trim();
  if (type === "azurerm_role_assignment") {
    return `the role assignment "${azureRoleLabel(v).label}" for principal ${text(getAt(v, ["principal_id"])) ?? "?"} at ${text(getAt(v, ["scope"])) ?? "?"}`;
  }
  const gcp = GCP_IAM.exec(type);
  if (gcp) {
    const grants = gcpGrants(gcp[2] ?? "", v, false) ?? [];
    return `${listText(grants.map((g) => `${g.role} for ${g.member}`))} on the ${(gcp[1] ?? "").replace(/_/g, " ")}`;
  }
  if (type === "aws_organizations_policy_attachment") {
    return `service control policy ${text(getAt(v, ["policy_id"])) ?? ""} from ${text(getAt(v, ["target_id"])) ?? "its target"}`;
  }
  return `${type} ${change.name}`;
}
var covered = (units, elsewhere) => {
  const addresses = /* @__PURE__ */ new Set();
  for (const alternatives of units) {
    const hit = alternatives.map((u) => elsewhere.get(u)).find((a) => a !== void 0);
    if (hit === void 0) return void 0;
    addresses.add(hit);
  }
  return sorted(addresses);
};
function deletionIssues(change, grantedElsewhere) {
  const issues = [];
  if (isGrantType(change.type)) {
    const units = grantUnits(change, change.before, false);
    const replacedBy = units !== void 0 && units.length > 0 ? covered(units, grantedElsewhere) : void 0;
    const what = describeGrant(change);
    issues.push(
      replacedBy ? {
        severity: "low",
        text: `deletes ${what}, but the same plan grants the same at ${replacedBy.join(", ")}`,
        evidence: [{ note: `equivalent grant created at ${replacedBy.join(", ")}` }]
      } : {
        severity: "high",
        text: `deletes ${what}: whatever uses these permissions starts failing with access denied`,
        evidence: [
          {
            before: renderValue(summaryOf(change.before)),
            after: "null",
            note: "deleted"
          }
        ]
      }
    );
  }
  if (STANDALONE_RESOURCE_POLICY.has(change.type)) {
    const attribute = POLICY_ATTRIBUTES[change.type]?.[0] ?? "policy";
    const before = readDocument(getAt(change.before, [attribute]));
    if (before.status === "ok") {
      issues.push(...comparePolicyDocuments(attribute, before.statements, [], "change", true));
      if (!GUARDRAIL_ONLY.has(change.type) && before.statements.some((s) => s.effect === "Allow")) {
        const principals = sorted(
          new Set(
            before.statements.filter((s) => s.effect === "Allow").flatMap((s) => s.principals ?? [])
          )
        );
        issues.push({
          severity: "medium",
          text: `deletes the resource policy: ${principals.length > 0 ? listText(principals) : "the principals it allowed"} lose the access it granted`,
          evidence: [
            {
              path: attribute,
              before: renderValue(getAt(change.before, [attribute])),
              after: "null"
            }
          ]
        });
      }
    }
  }
  return issues;
}
function removedGrantIssues(change, grantedElsewhere) {
  if (!isUpdate(change.actions)) return [];
  const droppedFrom = (attribute) => {
    if (isUnknownAt(change.afterUnknown, [attribute])) return [];
    const after = new Set(textList(getAt(change.after, [attribute])));
    return textList(getAt(change.before, [attribute])).filter((x) => !after.has(x));
  };
  const removed = [];
  if (change.type === "aws_iam_role" || change.type === "aws_iam_role_policy_attachments_exclusive") {
    const exclusive = change.type === "aws_iam_role";
    const role = text(getAt(change.before, [exclusive ? "name" : "role_name"]));
    if (role === void 0) return [];
    const attribute = exclusive ? "managed_policy_arns" : "policy_arns";
    for (const arn of droppedFrom(attribute)) {
      removed.push({
        unit: `attach|role:${role}|${arn}`,
        text: `detaches ${arn} from role "${role}" (${attribute} is exclusive)`,
        path: attribute,
        value: arn
      });
    }
    if (exclusive && !isUnknownAt(change.afterUnknown, ["inline_policy"])) {
      const inline = (v) => {
        const list = getAt(v, ["inline_policy"]);
        return Array.isArray(list) ? list : [];
      };
      const namesAfter = new Set(inline(change.after).map((item) => text(getAt(item, ["name"]))));
      const kept = new Set(
        inline(change.after).flatMap((item) => {
          const doc = parsePolicy(getAt(item, ["policy"]));
          return doc.status === "ok" ? doc.statements.map(statementKey) : [];
        })
      );
      for (const item of inline(change.before)) {
        const name = text(getAt(item, ["name"]));
        if (name === void 0 || namesAfter.has(name)) continue;
        const doc = parsePolicy(getAt(item, ["policy"]));
        if (doc.status !== "ok") continue;
        const lostAllows = doc.statements.filter(
          (st) => st.effect === "Allow" && !kept.has(statementKey(st))
        );
        if (lostAllows.length === 0) continue;
        removed.push({
          unit: `inline|role:${role}|${documentKey(doc.statements)}`,
          text: `removes the inline policy "${name}" from role "${role}"`,
          path: "inline_policy",
          value: name
        });
      }
    }
  } else if (change.type === "aws_iam_policy_attachment") {
    const arn = text(getAt(change.before, ["policy_arn"]));
    if (arn === void 0) return [];
    for (const kind of ["roles", "users", "groups"]) {
      const one = kind.slice(0, -1);
      for (const target of droppedFrom(kind)) {
        removed.push({
          unit: `attach|${one}:${target}|${arn}`,
          text: `detaches ${arn} from ${one} "${target}"`,
          path: kind,
          value: target
        });
      }
    }
  }
  const moved = removed.filter((r) => grantedElsewhere.has(r.unit));
  const lost = removed.filter((r) => !grantedElsewhere.has(r.unit));
  const evidenceOf = (r) => ({
    path: r.path,
    before: renderValue(r.value),
    note: "removed by this update"
  });
  const issues = [];
  if (lost.length > 0) {
    issues.push({
      severity: "high",
      text: `${lost.map((r) => r.text).join("; ")}: whatever uses these permissions starts failing with access denied`,
      evidence: lost.map(evidenceOf)
    });
  }
  if (moved.length > 0) {
    const where = sorted(new Set(moved.map((r) => grantedElsewhere.get(r.unit) ?? "")));
    issues.push({
      severity: "low",
      text: `${moved.map((r) => r.text).join("; ")}, but the same plan grants the same at ${where.join(", ")}`,
      evidence: moved.map(evidenceOf)
    });
  }
  return issues;
}
function summaryOf(value) {
  if (!isRecord4(value)) return value;
  const keep = [
    "role",
    "user",
    "group",
    "roles",
    "users",
    "groups",
    "policy_arn",
    "name",
    "member",
    "members",
    "scope",
    "principal_id",
    "role_definition_name",
    "project"
  ];
  return Object.fromEntries(
    keep.filter((k) => value[k] !== void 0 && value[k] !== null).map((k) => [k, value[k]])
  );
}
function replacementIssues(change, grantedElsewhere) {
  if (!isGrantType(change.type) || GCP_IAM.test(change.type) || change.type === "azurerm_role_assignment")
    return [];
  const before = grantUnits(change, change.before, false) ?? [];
  const after = new Set((grantUnits(change, change.after, change.afterUnknown) ?? []).flat());
  const afterKnown = grantUnits(change, change.after, change.afterUnknown) !== void 0;
  const lost = afterKnown ? before.filter((alts) => !alts.some((u) => after.has(u) || grantedElsewhere.has(u))) : [];
  if (lost.length > 0) {
    return [
      {
        severity: "medium",
        text: `replaces ${describeGrant(change)} with a different grant; the old permissions go away`,
        evidence: [
          {
            before: renderValue(summaryOf(change.before)),
            after: renderValue(summaryOf(change.after)),
            note: "replaced"
          }
        ]
      }
    ];
  }
  const gap = isCreateBeforeDestroy(change.actions) ? "the new one exists before the old one goes" : "the permissions are missing for a moment during apply";
  return [
    {
      severity: "low",
      text: `re-creates ${describeGrant(change)} with the same permissions; ${gap}`,
      evidence: [{ note: `replace (${change.actions.join(", ")})` }]
    }
  ];
}
function toFindings(change, issues) {
  return groupBySeverity(issues).map(([severity2, group]) => {
    const shown = group.slice(0, 3).map((i) => i.text);
    const more = group.length > 3 ? `; and ${group.length - 3} more` : "";
    return {
      rule: "iam",
      severity: severity2,
      address: change.address,
      message: `${capitalise(shown.join("; "))}${more}.`,
      evidence: group.flatMap((i) => i.evidence),
      planFile: change.planFile
    };
  });
}
var capitalise = (s) => s === "" ? s : `${s[0]?.toUpperCase() ?? ""}${s.slice(1)}`;
var iamRule = {
  id: "iam",
  run(ctx) {
    const changes = ctx.plan.changes.filter(isManaged);
    const grantedElsewhere = /* @__PURE__ */ new Map();
    for (const change of changes) {
      if (!isGrantType(change.type) && change.type !== "aws_iam_role") continue;
      if (isDelete(change.actions) || isNoOp(change.actions) || change.after === null) continue;
      for (const unit of (grantUnits(change, change.after, change.afterUnknown) ?? []).flat()) {
        if (!grantedElsewhere.has(unit)) grantedElsewhere.set(unit, change.address);
      }
    }
    const findings = [];
    for (const change of changes) {
      let issues;
      if (isDelete(change.actions)) {
        if (change.deposed !== void 0) continue;
        issues = deletionIssues(change, grantedElsewhere);
      } else if (isCreate(change.actions) || isUpdate(change.actions) || isReplace(change.actions)) {
        const phase = isCreate(change.actions) ? "create" : "change";
        issues = [
          ...documentIssues(change, phase),
          ...attachmentIssues(change),
          ...boundaryIssues(change),
          ...lambdaPermissionIssues(change),
          ...gcpIssues(change, phase),
          ...azureIssues(change),
          ...removedGrantIssues(change, grantedElsewhere),
          ...destroysObject(change.actions) ? replacementIssues(change, grantedElsewhere) : []
        ];
      } else {
        continue;
      }
      findings.push(...toFindings(change, issues));
    }
    return findings;
  }
};

// src/rules/mass-delete.ts
var TOP_GROUPS = 3;
function countBy(changes, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of changes) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function describeGroups(groups) {
  const shown = groups.slice(0, TOP_GROUPS).map(([name, n]) => `${n} ${name}`);
  const rest = groups.length - TOP_GROUPS;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}
function findDestroyedObjects(ctx) {
  return ctx.plan.changes.filter(
    (c) => isManaged(c) && c.deposed === void 0 && destroysObject(c.actions) && !ctx.catalogue.isEphemeral(c.type)
  );
}
function findMassDelete(ctx) {
  const destroyed = findDestroyedObjects(ctx);
  const threshold = ctx.settings.massDeleteThreshold;
  if (destroyed.length === 0 || destroyed.length < threshold) return [];
  const byType = countBy(destroyed, (c) => c.type);
  const byModule = countBy(
    destroyed,
    (c) => c.moduleAddress === "" ? "root module" : c.moduleAddress
  );
  const replaced = destroyed.filter((c) => isReplace(c.actions)).length;
  const kinds = replaced > 0 ? ` (${destroyed.length - replaced} deleted, ${replaced} replaced)` : "";
  const message = `Destroys ${destroyed.length} managed objects${kinds}, at or above the threshold of ${threshold}: ${describeGroups(byType)}; in ${describeGroups(byModule)}. A plan this destructive often means the wrong workspace or backend, a removed module or an emptied for_each; confirm it is intended.`;
  return [
    {
      rule: "mass-delete",
      severity: "high",
      address: "",
      message,
      evidence: [
        ...byType.slice(0, 10).map(([type, n]) => ({ note: `${n} \xD7 ${type}` })),
        ...byModule.slice(0, 5).map(([module, n]) => ({ note: `${n} in ${module}` }))
      ],
      planFile: ctx.plan.meta.file
    }
  ];
}
var massDeleteRule = { id: "mass-delete", run: findMassDelete };

// src/rules/missing-moved.ts
var MOVABLE_REASONS = /* @__PURE__ */ new Set([
  "delete_because_no_resource_config",
  "delete_because_no_module",
  "delete_because_count_index",
  "delete_because_each_key",
  "delete_because_wrong_repetition"
]);
var MAX_PAIRWISE = 5e4;
var MIN_ATTRIBUTE_SIMILARITY = 0.8;
var VOLATILE_ATTRIBUTES = /* @__PURE__ */ new Set(["id", "arn", "self_link", "etag", "timeouts", "tags_all"]);
var isObject2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function profileOf(change, side) {
  const value = side === "before" ? change.before : change.after;
  const local = change.moduleAddress === "" ? change.address : change.address.slice(change.moduleAddress.length + 1);
  const attributes = /* @__PURE__ */ new Map();
  const knownKeys = [];
  if (isObject2(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (VOLATILE_ATTRIBUTES.has(key)) continue;
      if (side === "after" && isUnknownAt(change.afterUnknown, [key])) continue;
      knownKeys.push(key);
      if (v !== null && v !== void 0) attributes.set(key, JSON.stringify(v));
    }
  }
  const name = local.slice(change.type.length + 1);
  const bigrams = /* @__PURE__ */ new Map();
  for (let i = 0; i < name.length - 1; i++) {
    const gram = name.slice(i, i + 2);
    bigrams.set(gram, (bigrams.get(gram) ?? 0) + 1);
  }
  return {
    change,
    local,
    identity: new Map(identityValues(value)),
    attributes,
    knownKeys,
    bigrams,
    bigramCount: Math.max(name.length - 1, 0)
  };
}
function attributeSimilarity(deleted, created) {
  let comparable = 0;
  let equal = 0;
  for (const key of created.knownKeys) {
    const a = deleted.attributes.get(key);
    const b = created.attributes.get(key);
    if (a === void 0 && b === void 0) continue;
    comparable++;
    if (a === b) equal++;
  }
  return comparable < 2 ? 0 : equal / comparable;
}
function nameSimilarity(a, b) {
  const total = a.bigramCount + b.bigramCount;
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, n] of a.bigrams) shared += Math.min(n, b.bigrams.get(gram) ?? 0);
  return 2 * shared / total;
}
function scorePair(deleted, created, strict) {
  let identityMatch;
  for (const [attribute, value] of created.identity) {
    const old = deleted.identity.get(attribute);
    if (old === void 0) continue;
    if (old !== value) return void 0;
    identityMatch ??= attribute;
  }
  if (strict && !identityMatch) return void 0;
  const d = deleted.change;
  const c = created.change;
  const sameModule = d.moduleAddress === c.moduleAddress;
  const sameName = d.name === c.name;
  const sameLocal = deleted.local === created.local;
  const similarity = attributeSimilarity(deleted, created);
  const moduleMoved = sameLocal && !sameModule;
  const repetitionSwitched = sameName && sameModule && d.actionReason === "delete_because_wrong_repetition";
  const similar = similarity >= MIN_ATTRIBUTE_SIMILARITY;
  if (!identityMatch && !moduleMoved && !repetitionSwitched && !similar) return void 0;
  const reasons = [];
  if (identityMatch) reasons.push(`same ${identityMatch} attribute`);
  if (moduleMoved) reasons.push("same address in another module");
  else if (sameName && sameModule) reasons.push("same name, different instance key");
  if (similar) reasons.push(`${Math.round(similarity * 100)}% of attributes equal`);
  const score = (identityMatch ? 100 : 0) + (sameLocal ? 40 : 0) + (sameModule ? 20 : 0) + (sameName ? 10 : 0) + similarity * 20 + nameSimilarity(deleted, created) * 10;
  return { deleted: d, created: c, score, reasons };
}
function exactCandidates(deletes, creates, strict) {
  const byKey = /* @__PURE__ */ new Map();
  const add = (key, p) => {
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  };
  const keysOf = (p) => [
    ...[...p.identity].map(([attribute, value]) => `id:${attribute}=${value}`),
    `local:${p.local}`
  ];
  for (const c of creates) for (const key of keysOf(c)) add(key, c);
  const out = [];
  for (const d of deletes) {
    const seen = /* @__PURE__ */ new Set();
    for (const key of keysOf(d)) {
      for (const c of byKey.get(key) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        const candidate = scorePair(d, c, strict);
        if (candidate) out.push(candidate);
      }
    }
  }
  return out;
}
function groupByType(profiles) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of profiles) {
    const list = groups.get(p.change.type);
    if (list) list.push(p);
    else groups.set(p.change.type, [p]);
  }
  return groups;
}
var compareAddress = (a, b) => a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
function pairDeletesWithCreates(changes) {
  const managed = changes.filter((c) => isManaged(c) && c.deposed === void 0);
  const deletes = managed.filter(
    (c) => isDelete(c.actions) && (c.actionReason === void 0 || MOVABLE_REASONS.has(c.actionReason))
  ).map((c) => profileOf(c, "before"));
  if (deletes.length === 0) return [];
  const deletedTypes = new Set(deletes.map((d) => d.change.type));
  const creates = groupByType(
    managed.filter((c) => isCreate(c.actions) && c.importing === void 0 && deletedTypes.has(c.type)).map((c) => profileOf(c, "after"))
  );
  const candidates = [];
  let budget = MAX_PAIRWISE;
  for (const [type, typeDeletes] of groupByType(deletes)) {
    const typeCreates = creates.get(type);
    if (!typeCreates) continue;
    const reasoned = typeDeletes.filter((d) => d.change.actionReason !== void 0);
    const unreasoned = typeDeletes.filter((d) => d.change.actionReason === void 0);
    const pairCount = reasoned.length * typeCreates.length;
    if (pairCount <= budget) {
      budget -= pairCount;
      for (const d of reasoned) {
        for (const c of typeCreates) {
          const candidate = scorePair(d, c, false);
          if (candidate) candidates.push(candidate);
        }
      }
    } else {
      candidates.push(...exactCandidates(reasoned, typeCreates, false));
    }
    candidates.push(...exactCandidates(unreasoned, typeCreates, true));
  }
  candidates.sort(
    (a, b) => b.score - a.score || compareAddress(a.deleted, b.deleted) || compareAddress(a.created, b.created)
  );
  const usedDeletes = /* @__PURE__ */ new Set();
  const usedCreates = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const candidate of candidates) {
    if (usedDeletes.has(candidate.deleted) || usedCreates.has(candidate.created)) continue;
    usedDeletes.add(candidate.deleted);
    usedCreates.add(candidate.created);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => compareAddress(a.deleted, b.deleted));
}
function severityFor2(type, ctx) {
  if (ctx.catalogue.isStateful(type)) return "high";
  if (ctx.catalogue.isEphemeral(type)) return "low";
  return "medium";
}
function findMissingMoved(ctx) {
  return pairDeletesWithCreates(ctx.plan.changes).map(({ deleted, created, reasons }) => {
    const stateful = ctx.catalogue.isStateful(deleted.type);
    const why = describeDeleteReason(deleted.actionReason);
    const loss = stateful ? "This type holds data: without a moved block the data in the old object is destroyed." : "Without a moved block the object is destroyed and recreated, with a new identity and a gap in between.";
    const evidence2 = [
      {
        note: `destroyed: ${deleted.address}${deleted.actionReason ? ` (${deleted.actionReason})` : ""}`
      },
      { note: `created: ${created.address}` },
      ...reasons.map((note) => ({ note }))
    ];
    return {
      rule: "missing-moved",
      severity: severityFor2(deleted.type, ctx),
      address: deleted.address,
      message: `${deleted.address} is destroyed${why ? ` (${why.replace(/ \(.*\)$/, "")})` : ""} while ${created.address}, the same type, is created: this looks like a move without a moved block. ${loss} If it is the same object, add: moved { from = ${deleted.address}  to = ${created.address} }`,
      evidence: evidence2,
      planFile: deleted.planFile
    };
  });
}
var missingMovedRule = { id: "missing-moved", run: findMissingMoved };

// src/rules/cidr.ts
var BITS = { 4: 32, 6: 128 };
function parseIpv4(text2) {
  const parts = text2.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return void 0;
    const octet = Number(part);
    if (octet > 255) return void 0;
    value = value << 8n | BigInt(octet);
  }
  return value;
}
function parseIpv6(text2) {
  let body = text2.split("%")[0] ?? "";
  const lastColon = body.lastIndexOf(":");
  const tail = body.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = parseIpv4(tail);
    if (v4 === void 0) return void 0;
    body = `${body.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (s) => s === "" ? [] : s.split(":");
  const head = groupsOf(halves[0] ?? "");
  const rest = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  const missing2 = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing2 !== 0 : missing2 < 1) return void 0;
  const groups = [...head, ...Array(halves.length === 2 ? missing2 : 0).fill("0"), ...rest];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return void 0;
    value = value << 16n | BigInt(Number.parseInt(group, 16));
  }
  return value;
}
function parseCidr(text2) {
  const trimmed = text2.trim();
  const slash = trimmed.indexOf("/");
  const addressText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const version = addressText.includes(":") ? 6 : 4;
  const address = version === 4 ? parseIpv4(addressText) : parseIpv6(addressText);
  if (address === void 0) return void 0;
  const bits = BITS[version];
  let prefix = bits;
  if (slash !== -1) {
    const prefixText = trimmed.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText)) return void 0;
    prefix = Number(prefixText);
    if (prefix > bits) return void 0;
  }
  const hostBits = BigInt(bits - prefix);
  const network = address >> hostBits << hostBits;
  return { version, network, prefix };
}
function cidrContains(outer, inner) {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false;
  const hostBits = BigInt(BITS[outer.version] - outer.prefix);
  return inner.network >> hostBits === outer.network >> hostBits;
}
function cidrStrictlyContains(outer, inner) {
  return cidrContains(outer, inner) && outer.prefix < inner.prefix;
}
var WORLD_NAMES = /* @__PURE__ */ new Set(["*", "any", "internet", "0.0.0.0", "0.0.0.0/0", "::/0"]);
var NON_PUBLIC = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "fc00::/7",
  "fe80::/10"
].map(parseCidr).filter((c) => c !== void 0);
var WIDE_PUBLIC_PREFIX = { 4: 8, 6: 8 };
function isInternetSource(text2) {
  const normalised = text2.trim().toLowerCase();
  if (WORLD_NAMES.has(normalised)) return true;
  const cidr = parseCidr(normalised);
  if (cidr === void 0) return false;
  if (cidr.prefix === 0) return true;
  if (cidr.prefix > WIDE_PUBLIC_PREFIX[cidr.version]) return false;
  return !NON_PUBLIC.some((block) => cidrContains(block, cidr));
}

// src/rules/network-exposure.ts
var ALL_PORTS = { from: 0, to: 65535 };
var NO_PORTS = { from: -1, to: -1 };
var isRecord5 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var asList2 = (v) => Array.isArray(v) ? v : [];
function parseSource(raw) {
  const text2 = raw.trim();
  const lower2 = text2.toLowerCase();
  const any = lower2 === "*" || lower2 === "any" || lower2 === "internet";
  const cidr = any ? void 0 : parseCidr(lower2 === "0.0.0.0" ? "0.0.0.0/0" : text2);
  return { text: text2, any, cidr, internet: isInternetSource(text2) };
}
var PROTOCOL_NUMBERS = {
  "-1": "all",
  all: "all",
  "*": "all",
  "6": "tcp",
  "17": "udp",
  "1": "icmp",
  "58": "icmpv6",
  "icmp-v6": "icmpv6"
};
var normaliseProtocol = (v) => {
  const p = (typeof v === "number" ? String(v) : typeof v === "string" ? v : "").trim().toLowerCase();
  return PROTOCOL_NUMBERS[p] ?? p;
};
var isPortless = (protocol) => protocol !== "tcp" && protocol !== "udp" && protocol !== "sctp" && protocol !== "all";
var toPort = (v) => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : void 0;
  return n === void 0 || Number.isNaN(n) ? void 0 : n;
};
function awsPorts(protocol, fromRaw, toRaw) {
  if (protocol === "all") return ALL_PORTS;
  if (isPortless(protocol)) return NO_PORTS;
  const from = toPort(fromRaw);
  const to = toPort(toRaw);
  if (from === void 0 || to === void 0 || from === 0 && to === 0 || from < 0 || to < 0)
    return ALL_PORTS;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}
function parsePortText(raw) {
  const t = raw.trim();
  if (t === "*" || t === "") return ALL_PORTS;
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(t);
  if (m === null) return void 0;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}
var strings2 = (v) => (Array.isArray(v) ? v : [v]).filter((x) => typeof x === "string" && x.trim() !== "");
function awsRulePermissions(rule, base, keys) {
  const protocol = normaliseProtocol(rule[keys.protocol]);
  const ports = awsPorts(protocol, rule.from_port, rule.to_port);
  const out = [];
  for (const key of [keys.cidr4, keys.cidr6]) {
    const value = rule[key];
    if (Array.isArray(value)) {
      value.forEach((cidr, j) => {
        if (typeof cidr === "string" && cidr.trim() !== "") {
          out.push({ protocol, ...ports, source: parseSource(cidr), path: [...base, key, j] });
        }
      });
    } else if (typeof value === "string" && value.trim() !== "") {
      out.push({ protocol, ...ports, source: parseSource(value), path: [...base, key] });
    }
  }
  return out;
}
var SG_KEYS = { protocol: "protocol", cidr4: "cidr_blocks", cidr6: "ipv6_cidr_blocks" };
var NACL_KEYS = { protocol: "protocol", cidr4: "cidr_block", cidr6: "ipv6_cidr_block" };
function gcpPermissions(v, afterUnknown) {
  const direction = typeof v.direction === "string" ? v.direction.toUpperCase() : "INGRESS";
  if (direction !== "INGRESS" || v.disabled === true) return [];
  if (["source_ranges", "source_tags", "source_service_accounts"].some(
    (k) => isUnknownAt(afterUnknown, [k])
  ))
    return [];
  let sources = strings2(v.source_ranges).map((r, j) => ({
    source: parseSource(r),
    path: ["source_ranges", j]
  }));
  if (sources.length === 0 && strings2(v.source_tags).length === 0 && strings2(v.source_service_accounts).length === 0) {
    sources = [
      {
        source: { ...parseSource("0.0.0.0/0"), text: "0.0.0.0/0 (no source given: GCP default)" },
        path: ["source_ranges"]
      }
    ];
  }
  const out = [];
  for (const allow of asList2(v.allow)) {
    if (!isRecord5(allow)) continue;
    const protocol = normaliseProtocol(allow.protocol);
    const portTexts = strings2(allow.ports);
    const ranges = isPortless(protocol) ? [NO_PORTS] : protocol === "all" || portTexts.length === 0 ? [ALL_PORTS] : portTexts.map(parsePortText).filter((r) => r !== void 0);
    for (const range2 of ranges) for (const s of sources) out.push({ protocol, ...range2, ...s });
  }
  return out;
}
function azurePermissions(rule, base) {
  if (String(rule.direction).toLowerCase() !== "inbound" || String(rule.access).toLowerCase() !== "allow")
    return [];
  const protocol = normaliseProtocol(rule.protocol);
  const portTexts = [
    ...strings2(rule.destination_port_range),
    ...strings2(rule.destination_port_ranges)
  ];
  const ranges = isPortless(protocol) ? [NO_PORTS] : portTexts.length === 0 ? [ALL_PORTS] : portTexts.map(parsePortText).filter((r) => r !== void 0);
  const sources = [
    ...strings2(rule.source_address_prefix).map((s) => ({
      source: parseSource(s),
      path: [...base, "source_address_prefix"]
    })),
    ...strings2(rule.source_address_prefixes).map((s, j) => ({
      source: parseSource(s),
      path: [...base, "source_address_prefixes", j]
    }))
  ];
  const out = [];
  for (const range2 of ranges) for (const s of sources) out.push({ protocol, ...range2, ...s });
  return out;
}
function permissionsOf(type, value, afterUnknown) {
  const v = isRecord5(value) ? value : {};
  const fromList = (key, one) => isUnknownAt(afterUnknown, [key]) ? [] : asList2(v[key]).flatMap((r, i) => isRecord5(r) ? one(r, [key, i]) : []);
  switch (type) {
    case "aws_security_group":
    case "aws_default_security_group":
      return {
        family: "security-group",
        permissions: fromList("ingress", (r, base) => awsRulePermissions(r, base, SG_KEYS))
      };
    case "aws_security_group_rule":
      return {
        family: "security-group",
        permissions: v.type === "ingress" ? awsRulePermissions(v, [], SG_KEYS) : []
      };
    case "aws_vpc_security_group_ingress_rule":
      return {
        family: "security-group",
        permissions: awsRulePermissions(v, [], {
          protocol: "ip_protocol",
          cidr4: "cidr_ipv4",
          cidr6: "cidr_ipv6"
        })
      };
    case "aws_network_acl_rule":
      return {
        family: "network-acl",
        permissions: v.egress !== true && String(v.rule_action).toLowerCase() === "allow" ? awsRulePermissions(v, [], NACL_KEYS) : []
      };
    case "aws_network_acl":
    case "aws_default_network_acl":
      return {
        family: "network-acl",
        permissions: fromList(
          "ingress",
          (r, base) => String(r.action).toLowerCase() === "allow" ? awsRulePermissions(r, base, NACL_KEYS) : []
        )
      };
    case "google_compute_firewall":
      return { family: "firewall", permissions: gcpPermissions(v, afterUnknown) };
    case "azurerm_network_security_rule":
      return { family: "firewall", permissions: azurePermissions(v, []) };
    case "azurerm_network_security_group":
      return { family: "firewall", permissions: fromList("security_rule", azurePermissions) };
    default:
      return void 0;
  }
}
function sourceCovers(outer, inner) {
  if (outer.any) return true;
  if (inner.any) return false;
  if (outer.cidr && inner.cidr) return cidrContains(outer.cidr, inner.cidr);
  return outer.text.toLowerCase() === inner.text.toLowerCase();
}
var protocolCovers = (outer, inner) => outer === "all" || outer === inner;
var covers = (outer, inner) => protocolCovers(outer.protocol, inner.protocol) && (outer.protocol === "all" || outer.from <= inner.from && outer.to >= inner.to) && sourceCovers(outer.source, inner.source);
var isAllPorts = (p) => p.protocol === "all" || !isPortless(p.protocol) && p.from <= 1 && p.to >= 65535;
function portsText(p) {
  if (p.protocol === "all") return "all protocols and ports";
  if (isPortless(p.protocol)) return p.protocol;
  if (isAllPorts(p)) return `${p.protocol} all ports`;
  return `${p.protocol} ${p.from === p.to ? p.from : `${p.from}-${p.to}`}`;
}
var WEB_PORTS = /* @__PURE__ */ new Set([80, 443]);
function classifyInternet(p, catalogue) {
  if (p.protocol === "icmp" || p.protocol === "icmpv6") {
    return { severity: "low", why: "ping and similar control messages; low risk" };
  }
  if (isAllPorts(p))
    return {
      severity: "critical",
      why: "every service on the attached hosts becomes reachable by anyone"
    };
  if (!isPortless(p.protocol)) {
    const sensitive = [...catalogue.sensitivePorts].filter(([port]) => port >= p.from && port <= p.to).sort(([a], [b]) => a - b);
    if (sensitive.length > 0) {
      const [only] = sensitive;
      if (p.from === p.to && only !== void 0) {
        return {
          severity: "critical",
          why: `${only[1]} should never face the internet`,
          label: only[1]
        };
      }
      const shown = sensitive.slice(0, 4).map(([port, label2]) => `${port} (${label2})`);
      const more = sensitive.length > 4 ? ` and ${sensitive.length - 4} more` : "";
      return {
        severity: "critical",
        why: `the range includes ${shown.join(", ")}${more}, which should never face the internet`
      };
    }
    if (p.from === p.to && WEB_PORTS.has(p.from)) {
      return {
        severity: "medium",
        why: "normal for a public web endpoint; confirm this one is meant to be public"
      };
    }
  }
  return { severity: "high", why: "anyone on the internet can reach whatever listens there" };
}
var capAt = (severity2, cap) => severityRank(severity2) > severityRank(cap) ? cap : severity2;
function evidenceFor(change, p) {
  return {
    path: formatPath(p.path),
    before: renderValue(getAt(change.before, p.path)),
    after: renderValue(getAt(change.after, p.path))
  };
}
var GROUP_ID_ATTRIBUTE = {
  aws_security_group: "id",
  aws_default_security_group: "id",
  aws_security_group_rule: "security_group_id",
  aws_vpc_security_group_ingress_rule: "security_group_id",
  aws_network_acl: "id",
  aws_default_network_acl: "id",
  aws_network_acl_rule: "network_acl_id"
};
var groupIdOf = (type, value) => {
  const attribute = GROUP_ID_ATTRIBUTE[type];
  const id = attribute === void 0 ? void 0 : getAt(value, [attribute]);
  return typeof id === "string" && id !== "" ? id : void 0;
};
function existingByGroup(changes) {
  const byGroup = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (!isManaged(change) || isCreate(change.actions) || change.before === null) continue;
    const id = groupIdOf(change.type, change.before);
    const permissions = id === void 0 ? void 0 : permissionsOf(change.type, change.before, false);
    if (id === void 0 || permissions === void 0) continue;
    const known = byGroup.get(id);
    if (known) known.push(...permissions.permissions);
    else byGroup.set(id, [...permissions.permissions]);
  }
  return byGroup;
}
var isNewAcl = (change) => isCreate(change.actions) && (change.type !== "aws_network_acl_rule" || isUnknownAt(change.afterUnknown, ["network_acl_id"]));
function changeIssues(change, catalogue, existing) {
  const after = permissionsOf(change.type, change.after, change.afterUnknown);
  if (after === void 0) return [];
  const own = isCreate(change.actions) ? [] : permissionsOf(change.type, change.before, false)?.permissions ?? [];
  const groupId = groupIdOf(change.type, change.after) ?? groupIdOf(change.type, change.before);
  const before = [...own, ...groupId === void 0 ? [] : existing.get(groupId) ?? []];
  const issues = [];
  const acl = after.family === "network-acl";
  for (const p of after.permissions) {
    if (before.some((b) => covers(b, p))) continue;
    if (p.source.internet) {
      const { severity: severity2, why, label: label2 } = classifyInternet(p, catalogue);
      const ports2 = label2 === void 0 ? portsText(p) : `${portsText(p)} (${label2})`;
      const aclDefault = acl && p.protocol === "all" && isNewAcl(change);
      issues.push({
        severity: aclDefault ? "low" : acl ? capAt(severity2, "medium") : severity2,
        key: `internet|${ports2}`,
        lead: `opens ${ports2} to the internet`,
        source: p.source.text,
        tail: aclDefault ? " in a new network ACL: that is the VPC default ACL's allow-all rule, and security groups still filter" : `${acl ? " in a network ACL (security groups still filter)" : ""}: ${why}`,
        evidence: evidenceFor(change, p)
      });
      continue;
    }
    const ports = portsText(p);
    const widenedFrom = before.find(
      (b) => b.protocol === p.protocol && b.from === p.from && b.to === p.to && b.source.cidr !== void 0 && p.source.cidr !== void 0 && cidrStrictlyContains(p.source.cidr, b.source.cidr)
    );
    if (widenedFrom !== void 0) {
      issues.push({
        severity: "medium",
        key: `widened|${ports}|${widenedFrom.source.text}`,
        lead: `widens ${ports} from ${widenedFrom.source.text} to`,
        source: p.source.text,
        tail: ": more hosts can reach it",
        evidence: evidenceFor(change, p)
      });
    }
  }
  return issues;
}
function toFindings2(change, issues) {
  const bySeverity = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const groups = bySeverity.get(issue.severity) ?? /* @__PURE__ */ new Map();
    const group = groups.get(issue.key) ?? {
      first: issue,
      sources: /* @__PURE__ */ new Set(),
      evidence: []
    };
    group.sources.add(issue.source);
    group.evidence.push(issue.evidence);
    groups.set(issue.key, group);
    bySeverity.set(issue.severity, groups);
  }
  return [...bySeverity.entries()].sort(([a], [b]) => severityRank(b) - severityRank(a)).map(([severity2, groups]) => {
    const texts = [...groups.values()].map((g) => {
      const sources = [...g.sources].join(", ");
      return g.first.key.startsWith("internet|") ? `${g.first.lead} (${sources})${g.first.tail}` : `${g.first.lead} ${sources}${g.first.tail}`;
    });
    const shown = texts.slice(0, 3).join("; ");
    const more = texts.length > 3 ? `; and ${texts.length - 3} more` : "";
    return {
      rule: "network-exposure",
      severity: severity2,
      address: change.address,
      message: `${shown.charAt(0).toUpperCase()}${shown.slice(1)}${more}.`,
      evidence: [...groups.values()].flatMap((g) => g.evidence),
      planFile: change.planFile
    };
  });
}
var networkExposureRule = {
  id: "network-exposure",
  run(ctx) {
    const existing = existingByGroup(ctx.plan.changes);
    const findings = [];
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue;
      if (!isCreate(change.actions) && !isUpdate(change.actions) && !isReplace(change.actions))
        continue;
      findings.push(...toFindings2(change, changeIssues(change, ctx.catalogue, existing)));
    }
    return findings;
  }
};

// src/rules/plan-incomplete.ts
var MAX_LOAD_MESSAGE = 300;
function planLoadFailureFinding(file, message) {
  const withoutFile = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  const detail = scrubText(withoutFile).replace(/\s+/g, " ").trim();
  const short = detail.length > MAX_LOAD_MESSAGE ? `${detail.slice(0, MAX_LOAD_MESSAGE - 1)}\u2026` : detail;
  return {
    rule: "plan-incomplete",
    severity: "critical",
    address: "",
    message: `The plan file ${file} could not be read, so none of its changes were reviewed: ${short}`,
    evidence: [],
    planFile: file
  };
}
function planWide(plan, severity2, message, note) {
  return {
    rule: "plan-incomplete",
    severity: severity2,
    address: "",
    message,
    evidence: [{ note }],
    planFile: plan.meta.file
  };
}
function findIncompletePlan(ctx) {
  const { meta } = ctx.plan;
  const findings = [];
  if (meta.errored === true) {
    findings.push(
      planWide(
        ctx.plan,
        "critical",
        "The plan operation failed part-way (errored: true): the changes shown are not everything apply would do. Fix the plan errors and plan again.",
        "errored: true"
      )
    );
  }
  const deferred = meta.deferredChanges > 0 ? `${meta.deferredChanges} deferred change${meta.deferredChanges === 1 ? "" : "s"}` : void 0;
  if (meta.complete === false) {
    findings.push(
      planWide(
        ctx.plan,
        "high",
        `The plan is incomplete (complete: false${deferred ? `, ${deferred}` : ""}): more changes will be planned after this one is applied, and they are not part of this review.`,
        deferred ? `complete: false; ${deferred}` : "complete: false"
      )
    );
  } else if (deferred) {
    findings.push(
      planWide(
        ctx.plan,
        "high",
        `The plan has ${deferred} that this apply will not make (unknown values, e.g. for_each over values known only after apply); they will appear in a later plan and are not part of this review.`,
        `deferred_changes: ${meta.deferredChanges}`
      )
    );
  }
  if (meta.unknownMajorFormat) {
    const version = renderValue(meta.formatVersion, 24);
    findings.push(
      planWide(
        ctx.plan,
        "high",
        `format_version ${version} is newer than this plangate understands; reviewed with the 1.x model, so changes expressed in new ways may be missed.`,
        `format_version: ${version}`
      )
    );
  }
  return findings;
}
var planIncompleteRule = { id: "plan-incomplete", run: findIncompletePlan };

// src/rules/protection-removed.ts
var MAX_NESTING = 4;
var isRecord6 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var ZERO_MEANS_FOREVER = [
  { type: "aws_cloudwatch_log_group", attribute: "retention_in_days" }
];
function onOff2(v) {
  if (v === true) return true;
  if (v === false || v === null || v === void 0) return false;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (["true", "enabled", "enable", "on", "yes"].includes(s)) return true;
    if (["false", "disabled", "disable", "suspended", "off", "no", ""].includes(s)) return false;
  }
  return void 0;
}
function toNumber2(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string") {
    const m = /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(v);
    if (m) return Number(m[1]);
  }
  return void 0;
}
var hasValue = (v) => v !== null && v !== void 0 && v !== "" && !(Array.isArray(v) && v.length === 0) && !(isRecord6(v) && Object.keys(v).length === 0);
function isUnsafe(entry, type, before, after) {
  switch (entry.unsafe) {
    case "false":
      return onOff2(before) === true && onOff2(after) === false;
    case "true":
      return onOff2(after) === true && onOff2(before) === false;
    case "decrease": {
      const forever = ZERO_MEANS_FOREVER.some(
        (z) => z.type === type && entry.attribute === z.attribute
      );
      const read2 = (v) => {
        const n = v === null || v === void 0 ? 0 : toNumber2(v);
        return forever && n === 0 ? Number.POSITIVE_INFINITY : n;
      };
      const b = read2(before);
      const a = read2(after);
      return b !== void 0 && a !== void 0 && b > 0 && a < b;
    }
    case "removed":
      return hasValue(before) && !hasValue(after) || onOff2(before) === true && onOff2(after) === false && hasValue(after);
  }
}
function pathMatches(path2, segments) {
  const names = path2.filter((p) => typeof p === "string");
  const offset = names.length - segments.length;
  if (offset < 0 || offset > MAX_NESTING) return false;
  return segments.every((segment, i) => names[offset + i] === segment);
}
function beforeSiblings(change, path2) {
  const lengthOf2 = (v) => Array.isArray(v) ? v.length : 0;
  let values = [change.before];
  let many = false;
  for (let i = 0; i < path2.length; i++) {
    const part = path2[i];
    if (part === void 0) break;
    if (typeof part === "number") {
      const prefix = path2.slice(0, i);
      if (Math.max(lengthOf2(getAt(change.before, prefix)), lengthOf2(getAt(change.after, prefix))) > 1) {
        many = true;
        values = values.flatMap((v) => Array.isArray(v) ? v : []);
        continue;
      }
    }
    values = values.map((v) => getAt(v, [part]));
  }
  return many ? values.map((v) => JSON.stringify(v) ?? "") : void 0;
}
var isEncryption = (entry) => /encrypt|kms_key/.test(entry.attribute);
function compile(catalogue) {
  const byLeaf = /* @__PURE__ */ new Map();
  for (const entry of catalogue.protectionAttributes) {
    const segments = entry.attribute.split(".").filter((s) => s !== "");
    const leaf = segments[segments.length - 1];
    if (leaf === void 0) continue;
    const list = byLeaf.get(leaf);
    if (list) list.push({ entry, segments });
    else byLeaf.set(leaf, [{ entry, segments }]);
  }
  return byLeaf;
}
function typeMatcher2() {
  const cache = /* @__PURE__ */ new Map();
  return (glob2, type) => {
    if (glob2 === void 0) return true;
    const key = `${glob2}\0${type}`;
    let hit = cache.get(key);
    if (hit === void 0) {
      hit = minimatch(type, glob2);
      cache.set(key, hit);
    }
    return hit;
  };
}
function changeIssues2(change, byLeaf, catalogue, typeMatches2) {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path2 of changedPaths(change.before, change.after)) {
    const leaf = [...path2].reverse().find((p) => typeof p === "string");
    const candidates = leaf === void 0 ? void 0 : byLeaf.get(leaf);
    if (candidates === void 0 || isUnknownAt(change.afterUnknown, path2)) continue;
    const parent = path2.slice(0, -1);
    if (!isRecord6(getAt(change.after, parent)) || !isRecord6(getAt(change.before, parent))) continue;
    const before = getAt(change.before, path2);
    const after = getAt(change.after, path2);
    const entry = candidates.find(
      (c) => typeMatches2(c.entry.type, change.type) && pathMatches(path2, c.segments) && isUnsafe(c.entry, change.type, before, after)
    )?.entry;
    if (entry === void 0) continue;
    if (beforeSiblings(change, path2)?.includes(JSON.stringify(after) ?? "")) continue;
    const where = formatPath(path2);
    if (seen.has(where)) continue;
    seen.add(where);
    const severity2 = catalogue.isStateful(change.type) || isEncryption(entry) ? "high" : "medium";
    issues.push({
      severity: severity2,
      text: `${entry.label} (${where}: ${renderValue(before, 80)} \u2192 ${renderValue(after, 80)})`,
      evidence: {
        path: where,
        before: renderValue(before),
        after: renderValue(after),
        note: entry.label
      }
    });
  }
  return issues;
}
function toFindings3(change, issues, catalogue) {
  const why = catalogue.isStateful(change.type) ? ` ${change.type} holds data: without this safety net a mistake can lose it.` : "";
  return groupBySeverity(issues).map(([severity2, group]) => {
    const text2 = group.map((i) => i.text).join("; ");
    return {
      rule: "protection-removed",
      severity: severity2,
      address: change.address,
      message: `${text2.charAt(0).toUpperCase()}${text2.slice(1)}.${why}`,
      evidence: group.map((i) => i.evidence),
      planFile: change.planFile
    };
  });
}
var protectionRemovedRule = {
  id: "protection-removed",
  run(ctx) {
    const byLeaf = compile(ctx.catalogue);
    if (byLeaf.size === 0) return [];
    const typeMatches2 = typeMatcher2();
    const findings = [];
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue;
      if (!isUpdate(change.actions) && !isReplace(change.actions)) continue;
      findings.push(
        ...toFindings3(
          change,
          changeIssues2(change, byLeaf, ctx.catalogue, typeMatches2),
          ctx.catalogue
        )
      );
    }
    return findings;
  }
};

// src/rules/public-access.ts
var asList3 = (v) => Array.isArray(v) ? v : [];
var lower = (v) => typeof v === "string" ? v.trim().toLowerCase() : void 0;
function evidence(change, path2) {
  return {
    path: formatPath(path2),
    before: renderValue(getAt(change.before, path2)),
    after: renderAfter(change.after, change.afterUnknown, path2)
  };
}
var knownAfter = (change, path2) => isUnknownAt(change.afterUnknown, path2) ? void 0 : getAt(change.after, path2);
var turnedOn = (change, path2) => knownAfter(change, path2) === true && getAt(change.before, path2) !== true;
var BLOCK_FLAGS = [
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets"
];
var publicAccessBlock = (change) => {
  const account = change.type === "aws_s3_account_public_access_block";
  if (!account && change.type !== "aws_s3_bucket_public_access_block") return [];
  const scope = account ? "every bucket in the account" : "the bucket";
  if (isDelete(change.actions)) {
    if (change.deposed !== void 0) return [];
    const wasOn = BLOCK_FLAGS.filter((f) => getAt(change.before, [f]) === true);
    if (wasOn.length === 0) return [];
    return [
      {
        severity: account ? "critical" : "high",
        text: `deletes the S3 public access block (${wasOn.join(", ")}): ACLs and bucket policies can then make ${scope} public`,
        evidence: wasOn.map((f) => evidence(change, [f]))
      }
    ];
  }
  const off = (f) => {
    const v = knownAfter(change, [f]);
    return v === false || v === null && !isUnknownAt(change.afterUnknown, [f]);
  };
  if (isCreate(change.actions)) {
    const offFlags = BLOCK_FLAGS.filter(off);
    if (offFlags.length === 0) return [];
    return [
      {
        severity: account ? "high" : "medium",
        text: `creates an S3 public access block with ${offFlags.join(", ")} off: it overrides AWS's block-by-default, so ACLs or a bucket policy can make ${scope} public`,
        evidence: offFlags.map((f) => evidence(change, [f]))
      }
    ];
  }
  const turnedOff = BLOCK_FLAGS.filter((f) => getAt(change.before, [f]) === true && off(f));
  if (turnedOff.length === 0) return [];
  return [
    {
      severity: account ? "critical" : "high",
      text: `turns off S3 public access blocking (${turnedOff.join(", ")}): ACLs and bucket policies can then make ${scope} public`,
      evidence: turnedOff.map((f) => evidence(change, [f]))
    }
  ];
};
var PUBLIC_CANNED_ACLS = /* @__PURE__ */ new Map([
  ["public-read-write", ["critical", "anyone on the internet can read and write the objects"]],
  ["public-read", ["high", "anyone on the internet can read the objects"]],
  ["authenticated-read", ["high", "any AWS account in the world can read the objects"]]
]);
var ALL_USERS = "http://acs.amazonaws.com/groups/global/allusers";
var AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/authenticatedusers";
function publicGrants(value) {
  const out = [];
  for (const policy of asList3(getAt(value, ["access_control_policy"]))) {
    for (const grant of asList3(getAt(policy, ["grant"]))) {
      const uri = lower(getAt(grant, ["grantee", 0, "uri"]));
      const permission = lower(getAt(grant, ["permission"]));
      if ((uri === ALL_USERS || uri === AUTHENTICATED_USERS) && permission)
        out.push(`${uri.split("/").pop() ?? uri}:${permission}`);
    }
  }
  for (const grant of asList3(getAt(value, ["grant"]))) {
    const uri = lower(getAt(grant, ["uri"]));
    if (uri !== ALL_USERS && uri !== AUTHENTICATED_USERS) continue;
    for (const permission of asList3(getAt(grant, ["permissions"]))) {
      const p = lower(permission);
      if (p) out.push(`${uri.split("/").pop() ?? uri}:${p}`);
    }
  }
  return out;
}
var ACL_TYPES = /* @__PURE__ */ new Set([
  "aws_s3_bucket",
  "aws_s3_bucket_acl",
  "aws_s3_object",
  "aws_s3_bucket_object"
]);
var s3Acl = (change) => {
  if (!ACL_TYPES.has(change.type) || isDelete(change.actions)) return [];
  const issues = [];
  const acl = lower(knownAfter(change, ["acl"]));
  const canned = acl === void 0 ? void 0 : PUBLIC_CANNED_ACLS.get(acl);
  if (canned && lower(getAt(change.before, ["acl"])) !== acl) {
    issues.push({
      severity: canned[0],
      text: `sets the ACL to ${acl}: ${canned[1]}`,
      evidence: [evidence(change, ["acl"])]
    });
  }
  const before = new Set(publicGrants(change.before));
  const added = publicGrants(change.after).filter((g) => !before.has(g));
  if (added.length > 0) {
    const writes = added.some((g) => /:(write|write_acp|full_control)$/.test(g));
    issues.push({
      severity: writes ? "critical" : "high",
      text: `grants ${added.join(", ")} in the bucket ACL: ${writes ? "anyone can change the bucket contents or its ACL" : "anyone can read it"}`,
      evidence: [
        evidence(change, [change.type === "aws_s3_bucket" ? "grant" : "access_control_policy"])
      ]
    });
  }
  return issues;
};
var PUBLICLY_ACCESSIBLE_TYPES = /* @__PURE__ */ new Set([
  "aws_db_instance",
  "aws_rds_cluster_instance",
  "aws_redshift_cluster",
  "aws_redshiftserverless_workgroup",
  "aws_dms_replication_instance",
  "aws_neptune_cluster_instance",
  "aws_docdb_cluster_instance",
  "aws_mq_broker"
]);
var publiclyAccessible = (change) => {
  if (!PUBLICLY_ACCESSIBLE_TYPES.has(change.type) || !turnedOn(change, ["publicly_accessible"]))
    return [];
  return [
    {
      severity: "high",
      text: "makes the database publicly accessible: it gets a public address, and only its security groups and password stand between it and the internet",
      evidence: [evidence(change, ["publicly_accessible"])]
    }
  ];
};
var eksEndpoint = (change) => {
  if (change.type !== "aws_eks_cluster") return [];
  const exposed = (value, afterUnknown) => {
    if (getAt(value, ["vpc_config", 0, "endpoint_public_access"]) !== true) return false;
    if (isUnknownAt(afterUnknown, ["vpc_config", 0, "public_access_cidrs"])) return true;
    const cidrs = asList3(getAt(value, ["vpc_config", 0, "public_access_cidrs"])).filter(
      (c) => typeof c === "string"
    );
    return cidrs.length === 0 || cidrs.some(isInternetSource);
  };
  if (!exposed(change.after, change.afterUnknown) || exposed(change.before, false)) return [];
  return [
    {
      severity: "medium",
      text: "exposes the Kubernetes API endpoint to the internet (public access from 0.0.0.0/0): only authentication protects the control plane; restrict public_access_cidrs or use the private endpoint",
      evidence: [
        evidence(change, ["vpc_config", 0, "endpoint_public_access"]),
        evidence(change, ["vpc_config", 0, "public_access_cidrs"])
      ]
    }
  ];
};
var sharedWithEveryone = (change) => {
  if (change.type !== "aws_ami_launch_permission" && change.type !== "aws_snapshot_create_volume_permission" && change.type !== "aws_ebs_snapshot_create_volume_permission")
    return [];
  const everyone = (v) => lower(getAt(v, ["group"])) === "all" || lower(getAt(v, ["account_id"])) === "all";
  if (isDelete(change.actions) || !everyone(change.after) || everyone(change.before)) return [];
  const what = change.type === "aws_ami_launch_permission" ? "AMI" : "EBS snapshot";
  return [
    {
      severity: "high",
      text: `shares the ${what} with every AWS account: anyone can copy it, and with it any data, keys or credentials baked in`,
      evidence: [
        evidence(change, [lower(getAt(change.after, ["group"])) === "all" ? "group" : "account_id"])
      ]
    }
  ];
};
var lambdaUrl = (change) => {
  if (change.type !== "aws_lambda_function_url") return [];
  const open2 = (v) => lower(getAt(v, ["authorization_type"])) === "none";
  if (isDelete(change.actions) || !open2(change.after) || open2(change.before)) return [];
  return [
    {
      severity: "medium",
      text: "creates a Lambda function URL with authorization_type NONE: anyone who finds the URL can invoke the function",
      evidence: [evidence(change, ["authorization_type"])]
    }
  ];
};
var K8S_INTERNAL_ANNOTATIONS = [
  ["service.beta.kubernetes.io/aws-load-balancer-internal", /^(true|0\.0\.0\.0\/0)$/],
  ["service.beta.kubernetes.io/aws-load-balancer-scheme", /^internal$/],
  ["networking.gke.io/load-balancer-type", /^internal$/],
  ["cloud.google.com/load-balancer-type", /^internal$/],
  ["service.beta.kubernetes.io/azure-load-balancer-internal", /^true$/],
  ["service.beta.kubernetes.io/oci-load-balancer-internal", /^true$/],
  ["service.beta.kubernetes.io/do-loadbalancer-type", /^internal$/]
];
function k8sServicePublic(value) {
  const spec = getAt(value, ["spec", 0]);
  if (lower(getAt(spec, ["type"])) !== "loadbalancer") return false;
  const annotations = getAt(value, ["metadata", 0, "annotations"]);
  const annotation = (key) => annotations !== null && typeof annotations === "object" ? lower(annotations[key]) : void 0;
  const scheme = annotation("service.beta.kubernetes.io/aws-load-balancer-scheme");
  if (scheme !== "internet-facing") {
    if (K8S_INTERNAL_ANNOTATIONS.some(([key, re]) => re.test(annotation(key) ?? ""))) return false;
    const awsController = ["external", "nlb-ip"].includes(
      annotation("service.beta.kubernetes.io/aws-load-balancer-type") ?? ""
    ) || (lower(getAt(spec, ["load_balancer_class"])) ?? "").startsWith("service.k8s.aws/");
    if (awsController) return false;
  }
  const ranges = asList3(getAt(spec, ["load_balancer_source_ranges"])).filter(
    (r) => typeof r === "string" && r.trim() !== ""
  );
  return ranges.length === 0 || ranges.some(isInternetSource);
}
var k8sLoadBalancer = (change) => {
  if (change.type !== "kubernetes_service" && change.type !== "kubernetes_service_v1") return [];
  if (isDelete(change.actions) || !k8sServicePublic(change.after)) return [];
  if (change.before !== null && k8sServicePublic(change.before)) return [];
  return [
    {
      severity: "medium",
      text: "exposes the Service through an internet-facing load balancer (type LoadBalancer, no internal annotation, no loadBalancerSourceRanges): anyone can reach its ports; confirm it is meant to be public",
      evidence: [
        evidence(change, ["spec", 0, "type"]),
        evidence(change, ["metadata", 0, "annotations"]),
        evidence(change, ["spec", 0, "load_balancer_source_ranges"])
      ]
    }
  ];
};
var gcsPublicAccessPrevention = (change) => {
  if (change.type !== "google_storage_bucket" || isCreate(change.actions)) return [];
  const path2 = ["public_access_prevention"];
  const after = lower(knownAfter(change, path2));
  if (lower(getAt(change.before, path2)) !== "enforced" || after === void 0 || after === "enforced")
    return [];
  return [
    {
      severity: "high",
      text: `lifts public access prevention (enforced \u2192 ${after}): IAM or ACL grants to allUsers can now make the bucket public`,
      evidence: [evidence(change, path2)]
    }
  ];
};
var GCS_ACL_TYPES = {
  google_storage_bucket_acl: "role_entity",
  google_storage_default_object_acl: "role_entity",
  google_storage_object_acl: "role_entity",
  google_storage_bucket_access_control: "entity",
  google_storage_default_object_access_control: "entity",
  google_storage_object_access_control: "entity"
};
var gcsAcl = (change) => {
  const attribute = GCS_ACL_TYPES[change.type];
  if (attribute === void 0 || isDelete(change.actions)) return [];
  const publicEntries = (v) => (Array.isArray(getAt(v, [attribute])) ? asList3(getAt(v, [attribute])) : [getAt(v, [attribute])]).filter((e) => typeof e === "string" && /allusers|allauthenticatedusers/i.test(e));
  const before = new Set(publicEntries(change.before));
  const added = publicEntries(change.after).filter((e) => !before.has(e));
  if (added.length === 0) return [];
  return [
    {
      severity: "high",
      text: `grants ${added.join(", ")} in a Cloud Storage ACL: anyone on the internet (or with any Google account) gets access`,
      evidence: [evidence(change, [attribute])]
    }
  ];
};
var cloudSqlPublic = (change) => {
  if (change.type !== "google_sql_database_instance") return [];
  const base = ["settings", 0, "ip_configuration", 0];
  const worldNetworks = (v) => {
    if (getAt(v, [...base, "ipv4_enabled"]) !== true) return [];
    return asList3(getAt(v, [...base, "authorized_networks"])).map((n) => getAt(n, ["value"])).filter((value) => typeof value === "string" && isInternetSource(value));
  };
  const after = worldNetworks(change.after);
  if (after.length === 0 || worldNetworks(change.before).length > 0) return [];
  return [
    {
      severity: "critical",
      text: `gives the Cloud SQL instance a public IP and authorises ${after.join(", ")}: the database accepts connections from anywhere on the internet`,
      evidence: [
        evidence(change, [...base, "ipv4_enabled"]),
        evidence(change, [...base, "authorized_networks"])
      ]
    }
  ];
};
var azureStorageAccount = (change) => {
  if (change.type !== "azurerm_storage_account") return [];
  const issues = [];
  for (const attribute of ["allow_nested_items_to_be_public", "allow_blob_public_access"]) {
    if (!turnedOn(change, [attribute])) continue;
    const created = isCreate(change.actions);
    issues.push({
      severity: created ? "low" : "high",
      text: created ? `creates the storage account with ${attribute} = true (the provider default): containers in it can be made public` : `sets ${attribute} to true: containers in the storage account can now be made public`,
      evidence: [evidence(change, [attribute])]
    });
  }
  const network = ["public_network_access_enabled"];
  if (!isCreate(change.actions) && getAt(change.before, network) === false && knownAfter(change, network) === true) {
    issues.push({
      severity: "medium",
      text: "turns public network access on: the storage account accepts connections from the internet, not only private endpoints and allowed networks",
      evidence: [evidence(change, network)]
    });
  }
  return issues;
};
var azureContainer = (change) => {
  if (change.type !== "azurerm_storage_container" || isDelete(change.actions)) return [];
  const path2 = ["container_access_type"];
  const after = lower(knownAfter(change, path2));
  if (after !== "blob" && after !== "container" || lower(getAt(change.before, path2)) === after)
    return [];
  return [
    {
      severity: "high",
      text: `sets container_access_type to ${after}: anyone on the internet can read its blobs${after === "container" ? " and list them" : ""} without credentials`,
      evidence: [evidence(change, path2)]
    }
  ];
};
var AZURE_DB_FIREWALL = /^azurerm_(mssql|sql|postgresql|postgresql_flexible_server|mysql|mysql_flexible_server|mariadb|redis|synapse|cosmosdb)_firewall_rule$/;
var azureDatabaseFirewall = (change) => {
  if (!AZURE_DB_FIREWALL.test(change.type) || isDelete(change.actions)) return [];
  const open2 = (v) => getAt(v, ["start_ip_address"]) === "0.0.0.0" && getAt(v, ["end_ip_address"]) === "255.255.255.255";
  if (!open2(change.after) || open2(change.before)) return [];
  return [
    {
      severity: "critical",
      text: "adds a firewall rule from 0.0.0.0 to 255.255.255.255: the database accepts connections from every address on the internet",
      evidence: [evidence(change, ["start_ip_address"]), evidence(change, ["end_ip_address"])]
    }
  ];
};
var CHECKS = [
  publicAccessBlock,
  s3Acl,
  publiclyAccessible,
  eksEndpoint,
  sharedWithEveryone,
  lambdaUrl,
  k8sLoadBalancer,
  gcsPublicAccessPrevention,
  gcsAcl,
  cloudSqlPublic,
  azureStorageAccount,
  azureContainer,
  azureDatabaseFirewall
];
function toFindings4(change, issues) {
  return groupBySeverity(issues).map(([severity2, group]) => {
    const text2 = group.map((i) => i.text).join("; ");
    return {
      rule: "public-access",
      severity: severity2,
      address: change.address,
      message: `${text2.charAt(0).toUpperCase()}${text2.slice(1)}.`,
      evidence: group.flatMap((i) => i.evidence),
      planFile: change.planFile
    };
  });
}
var publicAccessRule = {
  id: "public-access",
  run(ctx) {
    const findings = [];
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue;
      const a = change.actions;
      if (!isCreate(a) && !isUpdate(a) && !isReplace(a) && !isDelete(a)) continue;
      findings.push(
        ...toFindings4(
          change,
          CHECKS.flatMap((check) => check(change))
        )
      );
    }
    return findings;
  }
};

// src/rules/suspicious-text.ts
var MIN_LENGTH = 8;
var MAX_EXCERPT = 80;
var MAX_EVIDENCE2 = 5;
var INVISIBLE_BMP = "\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069";
var TAG_CHARS = "\\uDB40[\\uDC00-\\uDC7F]";
var PATTERNS = {
  // Words are chosen so ordinary infrastructure text does not match: "ignore the MFA prompt",
  // "used as an AI training bucket", "never escalate privileges" and XML `<user>` stay quiet.
  override: String.raw`\b(?:ignore|disregard)\b[^\n.]{0,40}?\binstructions\b` + String.raw`|\b(?:ignore|disregard|forget)\s+(?:(?:all|any|the|your|of)\s+){0,3}(?:previous|prior|above|earlier|preceding)\s+(?:instructions?|prompts?|rules|context|messages|guidelines|directions)\b` + String.raw`|\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:above|before|prior|previously|you\s+(?:were|have\s+been)\s+told)\b` + String.raw`|\bnew\s+instructions?\s*:`,
  approval: String.raw`\bapprove\s+this\s+(?:pr|pull[\s-]?request|merge[\s-]?request|change(?:set|s)?|plan|diff)\b` + String.raw`|\b(?:respond|reply|answer|output)\s+(?:only\s+)?with\s+["'\u201C]?(?:approve[ds]?|no[\s_-]concerns|lgtm)\b` + String.raw`|\bverdict\s*(?:is|=|:)?\s*["'\u201C]?(?:approve[ds]?|safe|no[\s-]concerns)\b` + String.raw`|\b(?:ai|llm|bot|model|claude|reviewer)\s*[,:]\s*(?:please\s+)?approve\b`,
  persona: String.raw`\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|assistant|reviewer|language\s+model|llm|claude|chatbot|gpt)\b` + String.raw`|\b(?:ai|llm|gpt|automated|automatic)\s+(?:code\s+)?review(?:ers?|\s+(?:tools?|bots?|agents?|systems?))\b` + String.raw`|\b(?:dear|attention|hey|note\s+(?:to|for))\s+(?:the\s+)?(?:ai|llm|bot|claude|chatgpt|gpt)\b`,
  systemPrompt: String.raw`\bsystem\s+prompt\b`,
  verdict: String.raw`\b(?:no_concerns|needs_human|injection_suspected)\b`,
  roleTag: String.raw`<\s*\/?\s*(?:system|assistant|human|instructions?|untrusted[\w-]*|im_start|im_end)\s*>` + String.raw`|\[\/?INST\]|<<\/?SYS>>|<\|[a-z_]{2,20}\|>` + String.raw`|(?:^|\n)[ \t]*(?:human|assistant)[ \t]*:`,
  doNotFlag: String.raw`\b(?:do\s+not|don'?t|never)\s+(?:flag|escalate\s+(?:this\s+|it\s+)?to\s+(?:a\s+)?human|request\s+(?:a\s+)?(?:human\s+)?review)\b` + String.raw`|\b(?:mark|treat|classify|rate|consider)\s+(?:(?:this|it|the\s+\w+)\s+(?:\w+\s+)?)?as\s+(?:safe|benign|low[\s-]risk|approved)\b`,
  invisible: `[${INVISIBLE_BMP}]|${TAG_CHARS}`
};
var LABELS = {
  override: "tells the reviewer to ignore its instructions",
  approval: "asks for approval",
  persona: "addresses an AI reviewer",
  systemPrompt: "mentions a system prompt",
  verdict: "names the reviewer's verdict values",
  roleTag: "fake chat role markers",
  doNotFlag: "asks not to be flagged",
  invisible: "invisible or bidirectional characters"
};
var SUSPICIOUS = new RegExp(
  Object.entries(PATTERNS).map(([name, source]) => `(?<${name}>${source})`).join("|"),
  "i"
);
var ESCAPED = new RegExp(
  `[${INVISIBLE_BMP}\\u{E0000}-\\u{E007F}\\uD800-\\uDFFF\\u0000-\\u001F\\u007F-\\u009F<>&@\`]`,
  "u"
);
var escapeChar = (ch) => ESCAPED.test(ch) ? `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}` : ch;
function escapeText2(text2) {
  return [...text2].map(escapeChar).join("");
}
function excerptAround(text2, start, length) {
  const from = Math.max(0, start - 20);
  const chars = [...text2.slice(from, start + length + 60)];
  let out = from > 0 ? "\u2026" : "";
  for (const ch of chars) {
    const shown = escapeChar(ch);
    if (out.length + shown.length > MAX_EXCERPT - 1) return `${out}\u2026`;
    out += shown;
  }
  return out;
}
function matchSuspicious(text2) {
  if (text2.length < MIN_LENGTH) return void 0;
  const m = SUSPICIOUS.exec(text2);
  if (!m) return void 0;
  const name = Object.keys(PATTERNS).find((key) => m.groups?.[key] !== void 0) ?? "override";
  return { label: LABELS[name] ?? name, index: m.index, length: m[0].length };
}
function scanValue(value, path2, where, hits) {
  if (typeof value === "string") {
    const m = matchSuspicious(value);
    if (m)
      hits.push({
        where,
        path: formatPath(path2),
        label: m.label,
        excerpt: excerptAround(value, m.index, m.length)
      });
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path2.push(i);
      scanValue(value[i], path2, where, hits);
      path2.pop();
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    path2.push(key);
    const m = matchSuspicious(key);
    if (m) {
      hits.push({
        where: `${where} key`,
        path: formatPath(path2),
        label: m.label,
        excerpt: excerptAround(key, m.index, m.length)
      });
    }
    scanValue(item, path2, where, hits);
    path2.pop();
  }
}
function scanBeforeAfter(before, after) {
  const hits = [];
  scanValue(after, [], "after", hits);
  if (before === after) return hits;
  const beforeHits = [];
  scanValue(before, [], "before", beforeHits);
  const seen = new Set(hits.map((h) => `${h.path}\0${h.excerpt}`));
  for (const h of beforeHits) if (!seen.has(`${h.path}\0${h.excerpt}`)) hits.push(h);
  return hits;
}
function toFinding2(address, planFile, hits) {
  const labels = [...new Set(hits.map((h) => h.label))];
  const evidence2 = hits.slice(0, MAX_EVIDENCE2).map((h) => ({
    ...h.path !== "" ? { path: h.path } : {},
    note: `${h.where} value ${h.label}: "${h.excerpt}"`
  }));
  const more = hits.length > MAX_EVIDENCE2 ? ` (${hits.length} strings in all)` : "";
  return {
    rule: "suspicious-text",
    severity: "high",
    address,
    message: `Text in ${escapeText2(address)} looks aimed at an AI reviewer (${labels.join("; ")})${more}. plangate treats plan strings as data and never follows them, but someone tried to steer the automated review: a human should check where this text came from.`,
    evidence: evidence2,
    planFile
  };
}
function scanChange(change) {
  const hits = isNoOp(change.actions) ? [] : scanBeforeAfter(change.before, change.after);
  const m = matchSuspicious(change.address);
  if (m) {
    hits.unshift({
      where: "address",
      path: "",
      label: m.label,
      excerpt: excerptAround(change.address, m.index, m.length)
    });
  }
  return hits;
}
function findSuspiciousText(ctx) {
  const findings = [];
  for (const change of ctx.plan.changes) {
    const hits = scanChange(change);
    if (hits.length > 0) findings.push(toFinding2(change.address, change.planFile, hits));
  }
  for (const output of ctx.plan.outputs) {
    const hits = scanBeforeAfter(output.before, output.after);
    const m = matchSuspicious(output.name);
    if (m)
      hits.unshift({
        where: "output name",
        path: "",
        label: m.label,
        excerpt: excerptAround(output.name, m.index, m.length)
      });
    if (hits.length > 0) findings.push(toFinding2(`output.${output.name}`, output.planFile, hits));
  }
  return findings;
}
var suspiciousTextRule = { id: "suspicious-text", run: findSuspiciousText };

// src/rules/unknown-security-attr.ts
var hasValue2 = (v) => v !== null && v !== void 0 && v !== "" && !(Array.isArray(v) && v.length === 0);
function securityAttributeOf(path2, listed) {
  const top = path2[0];
  if (typeof top === "string" && listed.has(top)) return top;
  for (let i = path2.length - 1; i >= 0; i--) {
    const part = path2[i];
    if (typeof part === "string") return listed.has(part) ? part : void 0;
  }
  return void 0;
}
var listNames = (names) => names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
function findingFor(change, listed) {
  const create = isCreate(change.actions);
  const attributes = /* @__PURE__ */ new Set();
  const evidence2 = [];
  for (const path2 of unknownPaths(change.afterUnknown)) {
    const attribute = securityAttributeOf(path2, listed);
    if (attribute === void 0) continue;
    const before = getAt(change.before, path2);
    if (!create && !hasValue2(before)) continue;
    attributes.add(attribute);
    evidence2.push({ path: formatPath(path2), before: renderValue(before), after: UNKNOWN_VALUE });
  }
  if (attributes.size === 0) return void 0;
  const names = listNames([...attributes].sort());
  const plural2 = attributes.size > 1;
  return {
    rule: "unknown-security-attr",
    severity: create ? "info" : "medium",
    address: change.address,
    message: create ? `Security ${plural2 ? "attributes" : "attribute"} ${names} ${plural2 ? "are" : "is"} known only after apply on this new resource; the plan cannot show ${plural2 ? "their values" : "its value"} (usually built from another resource or a data source).` : `Security ${plural2 ? "attributes" : "attribute"} ${names} will change to ${plural2 ? "values" : "a value"} known only after apply; the plan cannot show what ${plural2 ? "they" : "it"} will be.`,
    evidence: evidence2,
    planFile: change.planFile
  };
}
var unknownSecurityAttrRule = {
  id: "unknown-security-attr",
  run(ctx) {
    const listed = ctx.catalogue.securityAttributes;
    if (listed.size === 0) return [];
    const findings = [];
    for (const change of ctx.plan.changes) {
      if (!isManaged(change)) continue;
      if (!isCreate(change.actions) && !isUpdate(change.actions) && !isReplace(change.actions))
        continue;
      const finding3 = findingFor(change, listed);
      if (finding3) findings.push(finding3);
    }
    return findings;
  }
};

// src/rules/index.ts
var ALL_RULES = [
  planIncompleteRule,
  suspiciousTextRule,
  destructiveRule,
  massDeleteRule,
  missingMovedRule,
  driftRevertRule,
  iamRule,
  networkExposureRule,
  publicAccessRule,
  protectionRemovedRule,
  unknownSecurityAttrRule,
  disruptiveUpdateRule,
  dnsChangeRule
];
function runRules(ctx, rules = ALL_RULES) {
  const findings = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.run(ctx));
    } catch (error) {
      findings.push({
        rule: "plan-incomplete",
        severity: "high",
        address: "",
        message: `Rule family "${rule.id}" could not evaluate this plan (${error instanceof Error ? error.message : String(error)}); a human must review it.`,
        evidence: [],
        planFile: ctx.plan.meta.file
      });
    }
  }
  return findings;
}

// src/review.ts
function emptySummary() {
  return {
    create: 0,
    update: 0,
    replace: 0,
    delete: 0,
    read: 0,
    import: 0,
    move: 0,
    forget: 0,
    drift: 0
  };
}
function summarise(plans) {
  const s = emptySummary();
  for (const plan of plans) {
    for (const c of plan.changes) {
      const kind = changeKind(c.actions);
      if (kind !== "no-op") s[kind]++;
      if (isImport(c)) s.import++;
      if (isMove(c)) s.move++;
    }
    s.drift += plan.drift.length;
  }
  return s;
}
function compareFindings(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || a.planFile.localeCompare(b.planFile) || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
function reviewersFor(findings, settings, decision) {
  const users = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  const add = (r) => {
    r?.users.forEach((u) => users.add(u));
    r?.teams.forEach((t) => teams.add(t));
  };
  for (const s of settings) {
    for (const f of findings)
      if (severityRank(f.severity) >= severityRank("medium")) add(s.reviewers[f.rule]);
    if (decision === "review") add(s.reviewers["*"]);
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}
async function loadAll(paths) {
  const out = [];
  for (const file of paths) {
    try {
      out.push({ file, model: await loadPlanFile(file) });
    } catch (error) {
      const e = error instanceof PlanLoadError ? error : new PlanLoadError(
        file,
        `could not be read: ${String(error?.message ?? error)}`
      );
      out.push({ file, error: e });
    }
  }
  return out;
}
function modelSettingsFor(policy, planFiles, selector, overrides = {}) {
  const all = (planFiles.length ? planFiles : [""]).map((f) => policy.settingsFor(f, selector));
  const primary = all.find((s) => s.name === "production") ?? all[0] ?? policy.settingsFor("", selector);
  return { ...primary.llm, ...overrides };
}
async function reviewPlans(options) {
  const { policy, selector } = options;
  const loaded = await loadAll(options.plans);
  const models = [];
  const plans = [];
  const findings = [];
  const envSettings = [];
  const environments = {};
  const loadErrors = [];
  for (const item of loaded) {
    const settings = policy.settingsFor(item.file, selector);
    envSettings.push(settings);
    environments[item.file] = settings.name;
    if (!item.model) {
      const error = item.error ?? new PlanLoadError(item.file, "could not be read");
      loadErrors.push(error);
      plans.push({
        file: item.file,
        sha256: null,
        environment: settings.name,
        model: null,
        loadError: error.message
      });
      findings.push(
        ...rateFindings([planLoadFailureFinding(item.file, error.message)], /* @__PURE__ */ new Map(), settings)
      );
      continue;
    }
    const plan = item.model;
    models.push(plan);
    plans.push({
      file: item.file,
      sha256: plan.meta.sha256,
      environment: settings.name,
      model: plan,
      loadError: null
    });
    const byAddress2 = /* @__PURE__ */ new Map();
    for (const c of plan.changes) if (c.deposed === void 0) byAddress2.set(c.address, c);
    const raw = runRules({ plan, catalogue: policy.catalogue, settings });
    findings.push(...rateFindings(raw, byAddress2, settings));
  }
  if (options.plans.length === 0) {
    const settings = policy.settingsFor("", selector);
    envSettings.push(settings);
    findings.push(
      ...rateFindings(
        [planLoadFailureFinding("(none)", "no plan files were given or matched")],
        /* @__PURE__ */ new Map(),
        settings
      )
    );
  }
  if (options.extraFindings?.length) {
    const settings = envSettings[0] ?? policy.settingsFor("", selector);
    findings.push(...rateFindings(options.extraFindings, /* @__PURE__ */ new Map(), settings));
  }
  const reviewed = findings.map(scrubFinding).sort(compareFindings);
  const llmSettings = modelSettingsFor(policy, options.plans, selector, options.llmOverrides);
  const request = {
    plans: models,
    findings: reviewed,
    environments,
    pr: options.pr,
    settings: llmSettings
  };
  let modelStep;
  if (!options.model) {
    modelStep = { asked: false, why: options.noModelReason ?? "no model configured" };
  } else if (!llmSettings.enabled) {
    modelStep = { asked: false, why: "the policy disables the model" };
  } else if (models.length === 0) {
    modelStep = { asked: false, why: "no plan could be read" };
  } else if (reviewed.some((f) => isHumanTier(f.severity))) {
    modelStep = { asked: false, why: "high or critical findings already need a human" };
  } else {
    modelStep = { asked: true, outcome: await options.model.judge(request) };
  }
  const decision = decide({ findings: reviewed, environments: envSettings, model: modelStep });
  const summary = summarise(models);
  const llm = modelStep.asked ? modelStep.outcome : null;
  const result = {
    decision: decision.decision,
    risk: riskOf(reviewed),
    findings: reviewed,
    reviewers: reviewersFor(reviewed, envSettings, decision.decision),
    llm,
    modelStep,
    reasons: decision.reasons,
    summary,
    plans,
    planDigests: plans.filter((p) => p.sha256 !== null).map((p) => ({ file: p.file, sha256: p.sha256 ?? "", environment: p.environment })),
    policyDigest: policy.digest,
    policySource: policy.source,
    // Built only for a model that is asked: a --no-llm review of a 50k-change plan saves 0.2 s.
    digest: llm?.digest ?? null,
    loadErrors
  };
  return { ...result, record: buildRecord(result) };
}
function scrubFinding(f) {
  return {
    ...f,
    address: scrubText(f.address),
    message: scrubText(f.message),
    evidence: f.evidence.map((e) => scrubDeep(e))
  };
}
function buildRecord(r) {
  return scrubDeep({
    decision: r.decision,
    risk: r.risk,
    summary: r.summary,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      address: f.address,
      message: f.message,
      plan: f.planFile,
      evidence: f.evidence,
      ...f.adjustedBy ? { rule_severity: f.ruleSeverity, adjusted_by: f.adjustedBy } : {}
    })),
    llm: r.llm && {
      status: r.llm.status,
      verdict: r.llm.verdict,
      concerns: r.llm.concerns,
      injection_suspected: r.llm.injectionSuspected,
      reasons: r.llm.reasons,
      provider: r.llm.provider,
      model: r.llm.model,
      usage: r.llm.usage,
      cost_usd: r.llm.costUsd,
      duration_ms: r.llm.durationMs
    },
    reasons: r.reasons,
    model_step: r.modelStep.asked ? "asked" : `not asked: ${r.modelStep.why}`,
    reviewers: r.reviewers,
    plans: r.plans.map((p) => ({
      file: p.file,
      sha256: p.sha256,
      environment: p.environment,
      format_version: p.model?.meta.formatVersion ?? null,
      terraform_version: p.model?.meta.terraformVersion ?? null,
      error: p.loadError
    })),
    policy: { source: r.policySource, sha256: r.policyDigest },
    digest: r.digest && {
      bytes: r.digest.bytes,
      estimated_tokens: r.digest.estimatedTokens,
      resources_shown: r.digest.resourcesShown,
      resources_summarised: r.digest.resourcesSummarised
    }
  });
}

export {
  escapeText,
  code,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
  minimatch,
  PolicyError,
  loadPolicy,
  modelSettingsFor,
  reviewPlans
};
