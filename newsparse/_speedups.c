/* Optional compiled inner loops of newsparse.reader: tokenize's and normalize's translate.
 *
 * The Python loop in reader.py is the reference; this does exactly the same, token by token:
 * scan the text for the token regex's matches (the regex is written out below), make a
 * reader.Token (the Python class: its __slots__ are filled directly), take its clitic readings
 * from the word memo (calling the memo's miss() for a word not in its hot generation) and add
 * the token to the stem index. Tokens are the same objects either way; tests check that the
 * two loops give identical tokens and indexes. Built when a C compiler is there (setup.py marks
 * it optional); reader.py falls back to the Python loop otherwise.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#define NSLOTS 7
static const char *SLOT_NAMES[NSLOTS] = {"text", "start", "end", "index", "forms", "stems", "is_word"};
enum { S_TEXT, S_START, S_END, S_INDEX, S_FORMS, S_STEMS, S_IS_WORD };

/* byte offsets of the slots of ``type`` (member descriptors of object slots), or -1 */
static int
slot_offsets(PyTypeObject *type, Py_ssize_t *off)
{
    for (int i = 0; i < NSLOTS; i++) {
        PyObject *d = PyDict_GetItemString(type->tp_dict, SLOT_NAMES[i]); /* borrowed */
        if (d == NULL || !PyObject_TypeCheck(d, &PyMemberDescr_Type)) {
            PyErr_Format(PyExc_TypeError, "token type has no slot %s", SLOT_NAMES[i]);
            return -1;
        }
        PyMemberDef *m = ((PyMemberDescrObject *)d)->d_member;
        if (m->type != T_OBJECT_EX && m->type != T_OBJECT) {
            PyErr_Format(PyExc_TypeError, "slot %s is not an object slot", SLOT_NAMES[i]);
            return -1;
        }
        off[i] = m->offset;
    }
    return 0;
}

#define SET_SLOT(obj, i, value) (*(PyObject **)((char *)(obj) + off[(i)]) = (value))

/* The token regex of reader.py, \d+(?:[.,]\d+)*|[^\W\d_]+|\d+|\S, as the re module reads
 * it on str (its \d is Py_UNICODE_ISDECIMAL, \w is Py_UNICODE_ISALNUM or "_", \s is
 * Py_UNICODE_ISSPACE): the end of the token starting at i, or i when none starts there
 * (a space). */
static inline Py_ssize_t
token_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    if (Py_UNICODE_ISDECIMAL(c)) {
        Py_ssize_t j = i + 1;
        while (j < n && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j)))
            j++;
        /* (?:[.,]\d+)*: a separator belongs to the number only with a digit after it */
        while (j + 1 < n) {
            Py_UCS4 sep = PyUnicode_READ(kind, data, j);
            if ((sep != '.' && sep != ',') || !Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j + 1)))
                break;
            j += 2;
            while (j < n && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j)))
                j++;
        }
        return j;
    }
    if (c != '_' && Py_UNICODE_ISALNUM(c)) { /* [^\W\d_]+ (c is no decimal digit here) */
        Py_ssize_t j = i + 1;
        while (j < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (d == '_' || !Py_UNICODE_ISALNUM(d) || Py_UNICODE_ISDECIMAL(d))
                break;
            j++;
        }
        return j;
    }
    if (Py_UNICODE_ISSPACE(c))
        return i;
    return i + 1; /* \S: any other character alone */
}

static PyObject *
tokens(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *norm, *memo, *index;
    PyObject *t = NULL; /* the current token's text (owned) */
    PyTypeObject *type;
    Py_ssize_t offset, k, s = 0, pos;
    if (!PyArg_ParseTuple(args, "UnnO!OO:tokens", &norm, &offset, &k,
                          &PyType_Type, &type, &memo, &index))
        return NULL;
    if (index != Py_None && !PyDict_Check(index)) {
        PyErr_SetString(PyExc_TypeError, "index must be a dict or None");
        return NULL;
    }
    Py_ssize_t off[NSLOTS];
    if (slot_offsets(type, off) < 0)
        return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(norm);
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    PyObject *hot = PyObject_GetAttrString(memo, "hot");
    if (hot == NULL || !PyDict_Check(hot)) {
        if (hot != NULL)
            PyErr_SetString(PyExc_TypeError, "memo.hot must be a dict");
        goto fail;
    }
    for (;; k++) {
        while (s < len && (pos = token_end(kind, data, len, s)) == s)
            s++; /* spaces */
        if (s >= len)
            break;
        Py_XDECREF(t);
        t = PyUnicode_Substring(norm, s, pos);
        if (t == NULL)
            goto fail;
        PyObject *info = PyDict_GetItemWithError(hot, t); /* borrowed */
        if (info == NULL) {
            if (PyErr_Occurred())
                goto fail;
            info = PyObject_CallMethod(memo, "miss", "O", t); /* new */
            if (info == NULL)
                goto fail;
            PyObject *h = PyObject_GetAttrString(memo, "hot"); /* a turnover replaces the dict */
            if (h == NULL) {
                Py_DECREF(info);
                goto fail;
            }
            Py_SETREF(hot, h);
        } else {
            Py_INCREF(info);
        }
        if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 3) {
            Py_DECREF(info);
            PyErr_SetString(PyExc_TypeError, "memo values must be (forms, stems, is_word)");
            goto fail;
        }
        PyObject *forms = PyTuple_GET_ITEM(info, 0), *stems = PyTuple_GET_ITEM(info, 1),
                 *is_word = PyTuple_GET_ITEM(info, 2);
        PyObject *ko = PyLong_FromSsize_t(k);
        PyObject *so = PyLong_FromSsize_t(s + offset);
        PyObject *eo = PyLong_FromSsize_t(pos + offset);
        PyObject *tok = type->tp_alloc(type, 0);
        if (ko == NULL || so == NULL || eo == NULL || tok == NULL) {
            Py_XDECREF(ko); Py_XDECREF(so); Py_XDECREF(eo); Py_XDECREF(tok);
            Py_DECREF(info);
            goto fail;
        }
        Py_INCREF(t); SET_SLOT(tok, S_TEXT, t);
        SET_SLOT(tok, S_START, so);
        SET_SLOT(tok, S_END, eo);
        Py_INCREF(ko); SET_SLOT(tok, S_INDEX, ko);
        Py_INCREF(forms); SET_SLOT(tok, S_FORMS, forms);
        Py_INCREF(stems); SET_SLOT(tok, S_STEMS, stems);
        Py_INCREF(is_word); SET_SLOT(tok, S_IS_WORD, is_word);
        if (PyList_Append(out, tok) < 0) {
            Py_DECREF(tok); Py_DECREF(ko); Py_DECREF(info);
            goto fail;
        }
        Py_DECREF(tok);
        if (index != Py_None) {
            if (!PyTuple_Check(stems)) {
                Py_DECREF(ko);
                Py_DECREF(info);
                PyErr_SetString(PyExc_TypeError, "stems must be a tuple");
                goto fail;
            }
            Py_ssize_t ns = PyTuple_GET_SIZE(stems);
            for (Py_ssize_t i = 0; i < ns; i++) { /* a token's stems are distinct */
                PyObject *st = PyTuple_GET_ITEM(stems, i);
                PyObject *at = PyDict_GetItemWithError(index, st); /* borrowed */
                int bad;
                if (at == NULL) {
                    if (PyErr_Occurred()) {
                        bad = 1;
                    } else {
                        PyObject *l = PyList_New(1);
                        if (l == NULL) {
                            bad = 1;
                        } else {
                            Py_INCREF(ko);
                            PyList_SET_ITEM(l, 0, ko);
                            bad = PyDict_SetItem(index, st, l) < 0;
                            Py_DECREF(l);
                        }
                    }
                } else {
                    bad = PyList_Append(at, ko) < 0;
                }
                if (bad) {
                    Py_DECREF(ko);
                    Py_DECREF(info);
                    goto fail;
                }
            }
        }
        Py_DECREF(ko);
        Py_DECREF(info);
        s = pos;
    }
    Py_XDECREF(t);
    Py_DECREF(hot);
    return out;
fail:
    Py_XDECREF(t);
    Py_XDECREF(hot);
    Py_DECREF(out);
    return NULL;
}

/* translate(text, bmp, table) -> str or None: text.translate(table) for a table whose values
 * are all str, with ``bmp`` a list holding, at each code point below its length, table's value
 * for it or None; code points beyond the list, or None there, are looked up in ``table``
 * itself. None when a character of ``text`` is in neither (the caller adds it to the table and
 * calls again): this is also the test for characters not seen before. */
static PyObject *
translate(PyObject *self, PyObject *args)
{
    PyObject *text, *bmp, *table;
    (void)self;
    if (!PyArg_ParseTuple(args, "UO!O!:translate", &text, &PyList_Type, &bmp, &PyDict_Type, &table))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), nb = PyList_GET_SIZE(bmp), size = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_UCS4 maxchar = 0;
    /* pass 1: the output's length and widest character; pass 2: copy */
    for (int pass = 0; pass < 2; pass++) {
        PyObject *out = NULL;
        int okind = 0;
        void *odata = NULL;
        Py_ssize_t q = 0;
        if (pass == 1) {
            out = PyUnicode_New(size, maxchar);
            if (out == NULL)
                return NULL;
            okind = PyUnicode_KIND(out);
            odata = PyUnicode_DATA(out);
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            PyObject *r = c < (Py_UCS4)nb ? PyList_GET_ITEM(bmp, c) : Py_None; /* borrowed */
            if (r == Py_None) {
                PyObject *key = PyLong_FromUnsignedLong(c);
                if (key == NULL) {
                    Py_XDECREF(out);
                    return NULL;
                }
                r = PyDict_GetItemWithError(table, key);
                Py_DECREF(key);
                if (r == NULL && PyErr_Occurred()) {
                    Py_XDECREF(out);
                    return NULL;
                }
            }
            if (r == NULL) { /* not in the table (pass 0 only: pass 1 sees the same text) */
                Py_XDECREF(out);
                Py_RETURN_NONE;
            }
            if (!PyUnicode_Check(r)) {
                Py_XDECREF(out);
                PyErr_SetString(PyExc_TypeError, "translation values must be str");
                return NULL;
            }
            Py_ssize_t m = PyUnicode_GET_LENGTH(r);
            if (pass == 0) {
                size += m;
                Py_UCS4 rm = PyUnicode_MAX_CHAR_VALUE(r);
                if (m && rm > maxchar)
                    maxchar = rm;
            } else if (m == 1) {
                PyUnicode_WRITE(okind, odata, q++, PyUnicode_READ_CHAR(r, 0));
            } else if (m) {
                if (PyUnicode_CopyCharacters(out, q, r, 0, m) < 0) {
                    Py_DECREF(out);
                    return NULL;
                }
                q += m;
            }
        }
        if (pass == 1)
            return out;
    }
    return NULL; /* not reached */
}

static PyMethodDef methods[] = {
    {"translate", translate, METH_VARARGS,
     "translate(text, bmp, table) -> str or None\n\n"
     "text.translate(table), with a list of the table's values by code point; None when a\n"
     "character of text is not in the table."},
    {"tokens", tokens, METH_VARARGS,
     "tokens(norm, offset, first_index, Token, memo, index) -> list of Token\n\n"
     "The inner loop of newsparse.reader.tokenize (see there)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "newsparse._speedups",
    "Compiled inner loops of newsparse.reader (optional).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
