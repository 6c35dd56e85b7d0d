# SPDX-License-Identifier: GPL-3.0-or-later
# attache_add_lexicon(TARGET): builds the lexicon of English from WordNet's database and compiles it into TARGET as
# the resource :/attache/lexicon/lexicon.txt (initialised with Q_INIT_RESOURCE(lexicon)).
find_path(ATTACHE_WORDNET_DIR data.noun PATHS /usr/share/wordnet NO_DEFAULT_PATH)
if(NOT ATTACHE_WORDNET_DIR)
    message(FATAL_ERROR "WordNet's database (data.noun) was not found in /usr/share/wordnet: install Debian's "
        "wordnet-base (packaging/setup.sh does), or set ATTACHE_WORDNET_DIR to the folder that holds it.")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(ATTACHE_LEXICON_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/make-lexicon.py)

function(attache_add_lexicon target)
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/lexicon)
    set(out ${dir}/lexicon.txt)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND Python3::Interpreter ${ATTACHE_LEXICON_SCRIPT} ${ATTACHE_WORDNET_DIR} ${out}
        DEPENDS ${ATTACHE_LEXICON_SCRIPT} ${ATTACHE_WORDNET_DIR}/data.noun
        COMMENT "Building the lexicon of English from WordNet"
        VERBATIM)
    set_source_files_properties(${out} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} lexicon PREFIX /attache BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${out})
endfunction()
